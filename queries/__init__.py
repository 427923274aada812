"""Questions over the graph: lookup, subgraphs, traces, timelines, rankings (networkx in memory)."""
