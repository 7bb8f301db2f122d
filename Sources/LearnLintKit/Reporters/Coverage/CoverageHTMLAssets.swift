/// The inline stylesheet and script of the coverage page (kept apart so the reporter reads as HTML).
enum CoverageHTMLAssets {
    static let style = #"""

        :root{--y:#2e9d57;--n:#f3dede;--line:#d9dde3;--head:#f6f7f9;--ink:#1d2330;--muted:#5b6472;
        --h0:#f6d5d1;--h1:#f8e3c6;--h2:#f5efc1;--h3:#d7edc9;--h4:#a9dcb5;
        --section:#3b6fd6;--term:#8a4fd1;--concept:#d9822b}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        header{padding:16px 20px 4px}
        h1{margin:0 0 2px;font-size:22px}
        .meta{margin:0 0 12px;color:var(--muted);font-size:12px}
        .cards{display:flex;flex-wrap:wrap;gap:10px}
        .card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:130px;background:var(--head)}
        .card b{display:block;font-size:24px}
        .card span{color:var(--muted);font-size:12px}
        .card.pass{border-color:var(--y);background:#e7f5ec}
        .card.fail{border-color:#c0392b;background:#fbe9e7}
        .controls{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:10px 20px}
        #filter{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:240px}
        #shown,.legend{color:var(--muted);font-size:12px}
        .sw,.kb{display:inline-block;width:12px;height:12px;margin:0 4px 0 8px;vertical-align:-2px;border-radius:2px}
        .sw.y{background:var(--y)}.sw.n{background:var(--n)}
        .kb.k-section{background:var(--section)}.kb.k-term{background:var(--term)}.kb.k-concept{background:var(--concept)}
        .scroll{margin:0 20px 20px;width:fit-content;max-width:calc(100% - 40px);max-height:78vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
        table{border-collapse:separate;border-spacing:0}
        th,td{border-right:1px solid var(--line);border-bottom:1px solid var(--line);padding:3px 6px}
        thead th{position:sticky;top:0;z-index:2;background:var(--head);vertical-align:bottom;cursor:pointer;user-select:none}
        thead th:focus{outline:2px solid var(--section);outline-offset:-2px}
        thead th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
        thead th[aria-sort=descending]::after{content:" ▼";font-size:10px}
        th.item{padding:4px 2px;min-width:26px;border-top:4px solid transparent;font-weight:500}
        th.item span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:14em;overflow:hidden;text-overflow:ellipsis;display:inline-block}
        th.k-section{border-top-color:var(--section)}th.k-term{border-top-color:var(--term)}th.k-concept{border-top-color:var(--concept)}
        th.name{position:sticky;left:0;z-index:1;background:#fff;text-align:left;white-space:nowrap;max-width:22em;overflow:hidden;text-overflow:ellipsis}
        thead th.name{z-index:3;background:var(--head)}
        tfoot th,tfoot td{position:sticky;bottom:0;background:var(--head);font-weight:600}
        tfoot th.name{z-index:3;background:var(--head)}
        tbody th.name{font-weight:500}
        td.num{text-align:right;white-space:nowrap}
        td.y{background:var(--y)}
        td.n{background:var(--n)}
        td.y,td.n{min-width:26px}
        .h0{background:var(--h0)!important}.h1{background:var(--h1)!important}.h2{background:var(--h2)!important}
        .h3{background:var(--h3)!important}.h4{background:var(--h4)!important}
        tbody tr:hover th,tbody tr:hover td{filter:brightness(.93)}
        @media (prefers-color-scheme:dark){body{background:#15181d;color:#e6e9ef}
        :root{--head:#20252d;--line:#343b46;--ink:#e6e9ef;--muted:#9aa3b2;--n:#4a2f33;--y:#2f8f52;
        --h0:#5a2e2b;--h1:#5a432a;--h2:#56512a;--h3:#35502f;--h4:#2c6a3c}
        th.name{background:#15181d}.card.pass{background:#1f3527}.card.fail{background:#3d2222}}

        """#

    /// Sorting (one delegated listener on the header), filtering (one on the box) and the address
    /// hash; rows are moved, never rebuilt, so 2,000 rows sort in a few milliseconds.
    static let script = #"""

        (function () {
          "use strict";
          var table = document.getElementById("heat");
          if (!table || !table.tBodies.length) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var filter = document.getElementById("filter");
          var shown = document.getElementById("shown");
          rows.forEach(function (row, index) { row.setAttribute("data-i", String(index)); });

          function value(row, column) {
            var cell = row.cells[column];
            if (!cell) { return ""; }
            if (cell.hasAttribute("data-v")) { return parseFloat(cell.getAttribute("data-v")); }
            if (cell.classList.contains("y")) { return 1; }
            if (cell.classList.contains("n")) { return 0; }
            var number = parseFloat(cell.textContent);
            return isNaN(number) ? cell.textContent.toLowerCase() : number;
          }

          function sortBy(header, descending) {
            var column = header.cellIndex;
            rows.sort(function (a, b) {
              var x = value(a, column), y = value(b, column);
              var order = x < y ? -1 : (x > y ? 1 : 0);
              if (descending) { order = -order; }
              return order || (a.getAttribute("data-i") - b.getAttribute("data-i"));
            });
            var fragment = document.createDocumentFragment();
            rows.forEach(function (row) { fragment.appendChild(row); });
            body.appendChild(fragment);
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", descending ? "descending" : "ascending");
          }

          function toggle(header) {
            var current = header.getAttribute("aria-sort");
            var descending = current ? current === "ascending" : header.getAttribute("data-type") === "num";
            sortBy(header, descending);
          }

          function applyFilter() {
            var query = filter.value.trim().toLowerCase();
            var count = 0;
            rows.forEach(function (row) {
              var hit = !query || row.cells[0].textContent.toLowerCase().indexOf(query) >= 0;
              row.hidden = !hit;
              if (hit) { count += 1; }
            });
            shown.textContent = count + " of " + rows.length + " contributors";
          }

          table.tHead.addEventListener("click", function (event) {
            var header = event.target.closest("th");
            if (header) { toggle(header); }
          });
          table.tHead.addEventListener("keydown", function (event) {
            var header = event.target.closest("th");
            if (header && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); toggle(header); }
          });
          filter.addEventListener("input", applyFilter);

          var parameters = {};
          location.hash.replace(/^#/, "").split("&").forEach(function (part) {
            var pair = part.split("=");
            if (pair[0]) { parameters[decodeURIComponent(pair[0])] = decodeURIComponent(pair.slice(1).join("=") || ""); }
          });
          if (parameters.sort) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
              if (cell.getAttribute("data-key") === parameters.sort) { sortBy(cell, parameters.desc === "1"); }
            });
          }
          if (parameters.filter) { filter.value = parameters.filter; }
          applyFilter();
          document.body.setAttribute("data-ready", "1");
        })();

        """#
}
