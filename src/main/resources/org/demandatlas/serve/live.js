// serve --watch: reloads the page after each build that replaced the site, and shows the problems of a build
// that did not. Added to every page by the server only while watching; an external file, so the strict CSP holds.
(function () {
  "use strict";
  var panel = null;

  function show(problems) {
    if (!document.querySelector("link[href='/_atlas/live.css']")) {
      var style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = "/_atlas/live.css";
      document.head.appendChild(style);
    }
    if (panel) {
      panel.remove();
    }
    panel = document.createElement("aside");
    panel.className = "atlas-live";
    panel.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = "Build failed: the site was not replaced (" + problems.length + " problem"
        + (problems.length === 1 ? "" : "s") + ")";
    panel.appendChild(title);
    var list = document.createElement("ol");
    problems.forEach(function (problem) {
      var item = document.createElement("li");
      item.textContent = problem;
      list.appendChild(item);
    });
    panel.appendChild(list);
    document.body.appendChild(panel);
  }

  var events = new EventSource("/_atlas/events");
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("problems", function (event) {
    show(JSON.parse(event.data).problems);
  });
}());
