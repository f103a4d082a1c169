// Live inbox (MSG-3): when the server says a new communication arrived,
// reload the list. Without JavaScript the page works on reload.
"use strict";
(function () {
  var list = document.getElementById("threads");
  if (!list || !window.EventSource) return;
  var events = new EventSource("/messages/events");
  events.addEventListener("new", function () {
    fetch("/messages", { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("threads");
        if (fresh) list.replaceWith(fresh);
        list = document.getElementById("threads");
      });
  });
})();
