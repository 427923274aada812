// policygraph map: filters, search, evidence panel and trace list over a vis-network graph.
// Every piece of document text reaches the page through textContent (see el()), never innerHTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var info = data.info;
  var docs = data.documents;
  var hidden = { types: new Set(), categories: new Set(), statuses: new Set() };
  var focus = null;          // {id, only: bool} when the search focuses a node
  var pinned = false;        // a click pins the panel; hovering then leaves it alone
  var visibleNodes = new Set();
  var hideLoners = false;    // "hide nodes without shown edges"

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function nodeShown(n) {
    if (hidden.types.has(n.t)) return false;
    if (n.st && hidden.statuses.has(n.st)) return false;
    return true;
  }
  function computeVisible() {
    visibleNodes = new Set();
    var keep = null;
    if (focus && focus.only) {
      keep = new Set([focus.id]);
      edges.forEach(function (e) {
        if (hidden.categories.has(e.cat)) return;
        if (e.from === focus.id) keep.add(e.to);
        if (e.to === focus.id) keep.add(e.from);
      });
    }
    nodes.forEach(function (n) {
      if ((keep === null || keep.has(n.id)) && (nodeShown(n) || (focus && focus.id === n.id))) visibleNodes.add(n.id);
    });
    if (hideLoners) {
      var linked = new Set();
      edges.forEach(function (e) {
        if (!hidden.categories.has(e.cat) && visibleNodes.has(e.from) && visibleNodes.has(e.to)) {
          linked.add(e.from); linked.add(e.to);
        }
      });
      visibleNodes.forEach(function (id) { if (!linked.has(id) && !(focus && focus.id === id)) visibleNodes.delete(id); });
    }
  }
  computeVisible();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return !hidden.categories.has(e.cat) && visibleNodes.has(e.from) && visibleNodes.has(e.to);
    }
  });

  var large = !data.physics;
  var options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "system-ui, sans-serif" }, margin: 8, size: 16,
             scaling: { label: { drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, selectionWidth: 2, hoverWidth: 1.5,
             font: { size: 11, color: "#333333", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
             smooth: { enabled: false } },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false, multiselect: false },
    layout: { improvedLayout: false, randomSeed: 7 },  // improvedLayout warns on many small components
    physics: large ? false : {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, centralGravity: 0.6, springLength: 110, springConstant: 0.04,
                   avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true }
    }
  };
  var network = new vis.Network($("pg-graph"), { nodes: nodeView, edges: edgeView }, options);
  var api = window.policygraph = { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
                                   edgeView: edgeView, ready: false, data: data };

  function markReady() {
    if (api.ready) return;
    api.ready = true;
    document.body.setAttribute("data-ready", "1");
  }
  if (large) {
    network.once("afterDrawing", markReady);
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      markReady();
    });
  }

  // ----- header, caption, sources ------------------------------------------------------------------
  document.title = data.title;
  $("pg-title").textContent = data.title;
  var c = data.counts;
  var caption = c.nodes + " nodes \u00b7 " + c.edges + " edges \u00b7 from " + c.documents + " document" +
      (c.documents === 1 ? "" : "s") + " \u00b7 built " + data.built;
  if (data.caption) caption += " \u00b7 " + data.caption;
  $("pg-caption").textContent = caption;
  Object.keys(docs).forEach(function (id) {
    var li = el("li");
    li.appendChild(docLine(id));
    $("pg-source-list").appendChild(li);
  });

  function docLine(id) {
    var d = docs[id] || { title: id };
    var span = el("span");
    span.appendChild(el("span", d.title));
    if (d.date) span.appendChild(el("span", " (" + d.date + ")"));
    if (d.url) {
      span.appendChild(document.createTextNode(" "));
      var a = el("a", "link");
      a.href = d.url;                       // only http(s) urls reach the page (checked in Python)
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      span.appendChild(a);
    } else if (d.path) {
      span.appendChild(el("span", " \u2014 " + d.path, "pg-note"));
    }
    return span;
  }

  // ----- legend and filters ------------------------------------------------------------------------
  var legendNode = {}, legendEdge = {};
  data.legend.nodes.forEach(function (n) { legendNode[n.type] = n; });
  data.legend.edges.forEach(function (e) { legendEdge[e.category] = e; });
  var halted = new Set(data.legend.halted.statuses);

  function filterList(listId, group, entries, swatch, describe) {
    var ul = $(listId);
    if (!entries.length) { ul.appendChild(el("li", "(none)", "pg-note")); return; }
    entries.forEach(function (entry) {
      var li = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-filter", group);
      box.value = entry.value;
      box.addEventListener("change", function () {
        if (box.checked) hidden[group].delete(entry.value); else hidden[group].add(entry.value);
        refresh();
      });
      label.appendChild(box);
      label.appendChild(swatch(entry.value));
      label.appendChild(el("span", describe(entry.value)));
      label.appendChild(el("span", entry.count, "pg-count"));
      li.appendChild(label);
      ul.appendChild(li);
    });
  }
  filterList("pg-filter-types", "types", data.filters.types, function (t) {
    var s = el("span", null, "pg-swatch " + ((legendNode[t] || {}).shape || "dot"));
    var colour = (legendNode[t] || {}).colour || "#999";
    s.style.background = colour; s.style.borderColor = colour;
    return s;
  }, function (t) { return t; });
  filterList("pg-filter-categories", "categories", data.filters.categories, function (cat) {
    var s = el("span", null, "pg-line");
    s.style.borderTopColor = (legendEdge[cat] || {}).colour || "#555";
    return s;
  }, function (cat) { return (legendEdge[cat] || {}).label || cat; });
  filterList("pg-filter-statuses", "statuses", data.filters.statuses, function (st) {
    var s = el("span", null, "pg-swatch box" + (halted.has(st) ? " halted" : ""));
    s.style.background = halted.has(st) ? data.legend.halted.fill : data.legend.halted.colour;
    s.style.borderColor = data.legend.halted.colour;
    return s;
  }, function (st) { return st; });
  $("pg-hide-loners").addEventListener("change", function () { hideLoners = this.checked; refresh(); network.fit(); });
  $("pg-halted-note").textContent = "Faded measures with a dashed border have been halted, weakened " +
      "or undone (" + data.legend.halted.statuses.join(", ") + ").";

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    $("pg-status").textContent = "Showing " + nodeView.length + " of " + nodes.length + " nodes and " +
        edgeView.length + " of " + edges.length + " edges.";
  }
  refresh();

  // ----- search --------------------------------------------------------------------------------------
  var byName = new Map();
  nodes.forEach(function (n) {
    var i = info.nodes[n.id];
    [i.name].concat(i.aliases || []).forEach(function (name) {
      var key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, n.id);
    });
  });
  var names = $("pg-names");
  nodes.forEach(function (n) { names.appendChild(el("option")).value = info.nodes[n.id].name; });

  function findNode(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    if (byName.has(q)) return byName.get(q);
    var hit = null;
    byName.forEach(function (id, name) { if (hit === null && name.indexOf(q) >= 0) hit = id; });
    return hit;
  }
  function focusOn(text) {
    var id = findNode(text);
    if (id === null) { $("pg-search-msg").textContent = "No node matches \u201c" + text + "\u201d."; return; }
    $("pg-search-msg").textContent = "";
    focus = { id: id, only: $("pg-neighbours").checked };
    refresh();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
    pinned = true;
  }
  $("pg-search").addEventListener("change", function () { focusOn(this.value); });
  $("pg-search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") focusOn(this.value); });
  $("pg-neighbours").addEventListener("change", function () {
    if (focus) { focus.only = this.checked; refresh(); network.fit(); }
  });
  $("pg-clear").addEventListener("click", function () {
    focus = null; $("pg-search").value = ""; $("pg-neighbours").checked = false;
    hideLoners = false; $("pg-hide-loners").checked = false;
    hidden.types.clear(); hidden.categories.clear(); hidden.statuses.clear();
    document.querySelectorAll("input[data-filter]").forEach(function (b) { b.checked = true; });
    refresh(); network.unselectAll(); network.fit(); clearPanel();
  });

  // ----- the details panel -------------------------------------------------------------------------
  function clearPanel() { $("pg-panel-body").replaceChildren(); pinned = false; }
  function dl(pairs) {
    var list = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      list.appendChild(el("dt", p[0]));
      list.appendChild(el("dd", p[1]));
    });
    return list;
  }
  function evidenceBlock(quote, docId, date) {
    var box = el("div", null, "pg-evidence");
    box.appendChild(el("blockquote", quote));
    var cite = el("div", null, "pg-cite");
    cite.appendChild(docLine(docId));
    var d = docs[docId];
    if (date && (!d || d.date !== date)) cite.appendChild(el("span", " \u2014 dated " + date));
    box.appendChild(cite);
    return box;
  }
  function showEdge(id) {
    var e = info.edges[id];
    if (!e) return;
    var body = el("div");
    body.setAttribute("data-edge", id);
    body.appendChild(el("h2", e.from + " \u2192 " + e.label + " \u2192 " + e.to));
    body.appendChild(dl([["type", e.type], ["kind", (legendEdge[e.category] || {}).label || e.category],
                         ["stance", e.stance], ["status", e.status], ["date", e.date],
                         ["confidence", e.confidence], ["extractor", e.extractor]]));
    body.appendChild(el("h3", "Evidence (" + e.evidence.length + ")"));
    e.evidence.forEach(function (ev) { body.appendChild(evidenceBlock(ev.quote, ev.document, ev.date)); });
    $("pg-panel-body").replaceChildren(body);
  }
  function showNode(id) {
    var n = info.nodes[id];
    if (!n) return;
    var body = el("div");
    body.setAttribute("data-node", id);
    body.appendChild(el("h2", n.name));
    var counts = Object.keys(n.by_category).map(function (k) {
      return ((legendEdge[k] || {}).label || k) + ": " + n.by_category[k];
    }).join("; ");
    body.appendChild(dl([["type", n.type], ["status", n.status], ["aliases", (n.aliases || []).join("; ")],
                         ["edges", n.out + " out, " + n.in + " in"], ["by kind", counts],
                         ["documents", n.sources.length]]));
    if (n.status_history && n.status_history.length) {
      body.appendChild(el("h3", "Status history"));
      n.status_history.forEach(function (h) {
        body.appendChild(el("p", (h.date || "undated") + ": " + h.status + (h.by_name ? " by " + h.by_name : "")));
        if (h.quote) body.appendChild(evidenceBlock(h.quote, h.document, null));
      });
    }
    if (n.sources.length) {
      body.appendChild(el("h3", "Sources"));
      var ol = el("ol");
      n.sources.forEach(function (d) { var li = el("li"); li.appendChild(docLine(d)); ol.appendChild(li); });
      body.appendChild(ol);
    }
    $("pg-panel-body").replaceChildren(body);
  }
  api.showEdge = showEdge;
  api.showNode = showNode;

  network.on("hoverEdge", function (p) { if (!pinned) showEdge(p.edge); });
  network.on("hoverNode", function (p) { if (!pinned) showNode(p.node); });
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); pinned = true; }
    else if (p.edges.length) { showEdge(p.edges[0]); pinned = true; }
    else { clearPanel(); }
  });

  // ----- traced paths -------------------------------------------------------------------------------
  if (data.trace) {
    $("pg-trace").hidden = false;
    $("pg-trace-desc").textContent = data.trace.description || "";
    var list = $("pg-trace-list");
    if (!data.trace.paths.length) list.appendChild(el("li", "No path matches.", "pg-note"));
    data.trace.paths.forEach(function (path) {
      var li = el("li", path.nodes.map(function (n) { return info.nodes[n] ? info.nodes[n].name : n; }).join(" \u2192 "));
      var o = path.outcome, pathNodes = path.nodes.slice(), pathEdges = path.edges.slice();
      if (o) {
        li.appendChild(el("div", o.status + (o.date ? " " + o.date : "") + (o.by_name ? " by " + o.by_name : ""), "pg-note"));
        if (o.edge && edges.get(o.edge)) { pathEdges.push(o.edge); if (nodes.get(o.by)) pathNodes.push(o.by); }
      }
      li.addEventListener("click", function () {
        var shown = pathNodes.filter(function (n) { return visibleNodes.has(n); });
        network.setSelection({ nodes: shown, edges: pathEdges.filter(function (e) { return edgeView.get(e); }) },
                             { highlightEdges: false });
        if (shown.length) network.fit({ nodes: shown, animation: false });
      });
      list.appendChild(li);
    });
  }
})();
