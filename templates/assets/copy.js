// Copy buttons of "Cite this page": each button names the element whose text it copies (data-copy). The buttons
// are hidden in the HTML and shown here, so that without script no button does nothing. An external file, so the
// strict Content-Security-Policy (script-src 'self') holds.
(function () {
  "use strict";
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function copied(button, ok) {
    var label = button.getAttribute("data-label");
    button.textContent = ok ? "Copied" : "Selected: press Ctrl+C";
    window.setTimeout(function () { button.textContent = label; }, 2000);
  }
  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copied(button, true); },
        function () { selectText(source); copied(button, false); });
    } else {
      selectText(source);
      copied(button, false);
    }
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.setAttribute("data-label", button.textContent);
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
}());
