// Gazette: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Carry a query from the URL (?q=…) into the search boxes, so a shared link shows what was searched.
  var query = new URLSearchParams(window.location.search).get("q");
  if (!query) return;
  document.querySelectorAll('input[name="q"]').forEach(function (input) { input.value = query; });
})();
