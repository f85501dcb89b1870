/// The script the preview adds to every page it serves: it listens for the server's events,
/// reloads the page after a rebuild (or swaps the stylesheet after a CSS-only change), and
/// shows the build's errors over the page, in the page's language, until they are fixed.
enum LiveReload {
    static let scriptPath = "__gazette/live-reload.js"
    static let eventsPath = "__gazette/events"

    static let tag = "<script src=\"/\(scriptPath)\" defer></script>"

    /// The page with the script added before `</body>`.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        guard let at = lastIndex(of: marker, in: html) else { return html + Array(tag.utf8) }
        return Array(html[..<at]) + Array(tag.utf8) + Array(html[at...])
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index -= 1
        }
        return nil
    }

    static let script = """
    // Gazette preview: live reload and build errors. Not part of the published site.
    (function () {
      "use strict";
      var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
      var text = zh
        ? { title: "构建失败：页面仍是上一次成功构建的版本", fixed: "修改后会自动刷新。", at: "位置" }
        : { title: "The build failed: this page is from the last good build", fixed: "Fix the problem and the page reloads by itself.", at: "at" };
      function overlay(errors) {
        var box = document.getElementById("gazette-overlay");
        if (!box) {
          box = document.createElement("div");
          box.id = "gazette-overlay";
          box.setAttribute("role", "alertdialog");
          box.setAttribute("aria-live", "assertive");
          box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;" +
            "font:15px/1.6 ui-monospace,Menlo,Consolas,monospace;padding:24px";
          document.body.appendChild(box);
        }
        box.textContent = "";
        var h = document.createElement("h2");
        h.textContent = text.title;
        h.style.cssText = "color:#ff8a80;font:bold 20px/1.4 sans-serif;margin:0 0 8px";
        box.appendChild(h);
        var p = document.createElement("p");
        p.textContent = text.fixed;
        box.appendChild(p);
        errors.forEach(function (e) {
          var item = document.createElement("pre");
          item.style.cssText = "white-space:pre-wrap;border-left:4px solid #ff8a80;padding:8px 12px;margin:12px 0;background:#000";
          var where = e.file + (e.line ? ":" + e.line + ":" + e.column : "");
          item.textContent = where + "  [" + e.rule + "]\\n" + (zh ? e.zh : e.en) + (e.source ? "\\n    " + e.source : "");
          box.appendChild(item);
        });
      }
      function clear() {
        var box = document.getElementById("gazette-overlay");
        if (box) box.remove();
      }
      var source = new EventSource("/\(eventsPath)");
      source.addEventListener("reload", function () { location.reload(); });
      source.addEventListener("stylesheet", function () {
        clear();
        document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
          var url = new URL(link.href);
          url.searchParams.set("v", Date.now());
          link.href = url.toString();
        });
      });
      source.addEventListener("errors", function (event) { overlay(JSON.parse(event.data)); });
      source.addEventListener("ok", clear);
    })();
    """
}
