// Suggestions as the visitor types in a search box: page titles from /<lang>/search/suggest/,
// offered through a native <datalist>. Without this script the forms work as before.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.url;
  if (!url || !window.fetch) return;

  function enhance(input, index) {
    var list = document.createElement("datalist");
    var timer = null;
    var asked = "";
    list.id = "search-suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (input.value.trim() !== q) return;
            list.replaceChildren.apply(list, data.suggestions.map(function (title) {
              var option = document.createElement("option");
              option.value = title;
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  }

  document.querySelectorAll('form[role="search"] input[name="q"], input#catalogue-q').forEach(enhance);
})();
