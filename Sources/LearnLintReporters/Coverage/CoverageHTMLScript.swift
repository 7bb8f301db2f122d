extension CoverageHTMLAssets {
    /// Sorting (one delegated listener on the header, one for keys), filtering (one on the controls)
    /// and the address hash (one); rows are moved, never rebuilt, so 2,000 rows sort in milliseconds,
    /// and the totals row is recounted over the rows a filter leaves.
    static let script = #"""

        (function () {
          "use strict";
          var table = document.getElementById("heat");
          if (!table || !table.tBodies.length) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var filter = document.getElementById("filter");
          var show = document.getElementById("show");
          var group = document.getElementById("group");
          var shown = document.getElementById("shown");
          var headers = Array.prototype.slice.call(table.tHead.querySelectorAll("th[data-key]"));
          var footer = table.tFoot ? table.tFoot.rows[0] : null;
          var itemColumns = headers.filter(function (h) { return h.classList.contains("item"); })
            .map(function (h) { return parseInt(h.getAttribute("data-col"), 10); });
          var column = function (key) {
            var header = headers.filter(function (h) { return h.getAttribute("data-key") === key; })[0];
            return header ? parseInt(header.getAttribute("data-col"), 10) : -1;
          };
          var scoreColumn = column("score"), docsColumn = column("documents");
          rows.forEach(function (row, index) { row.setAttribute("data-i", String(index)); });

          function value(row, col) {
            var cell = row.cells[col];
            if (!cell) { return ""; }
            if (cell.hasAttribute("data-v")) {
              var text = cell.getAttribute("data-v"), number = parseFloat(text);
              return isNaN(number) ? text.toLowerCase() : number;
            }
            if (cell.classList.contains("y")) { return 1; }
            if (cell.classList.contains("n")) { return 0; }
            if (cell.classList.contains("x")) { return -1; }
            var parsed = parseFloat(cell.textContent);
            return isNaN(parsed) ? cell.textContent.toLowerCase() : parsed;
          }

          function sortBy(header, descending) {
            var col = parseInt(header.getAttribute("data-col"), 10);
            rows.sort(function (a, b) {
              var x = value(a, col), y = value(b, col);
              var order = x < y ? -1 : (x > y ? 1 : 0);
              if (descending) { order = -order; }
              return order || (a.getAttribute("data-i") - b.getAttribute("data-i"));
            });
            var fragment = document.createDocumentFragment();
            rows.forEach(function (row) { fragment.appendChild(row); });
            body.appendChild(fragment);
            headers.forEach(function (cell) { cell.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", descending ? "descending" : "ascending");
          }

          function toggle(header) {
            var current = header.getAttribute("aria-sort");
            var descending = current ? current === "ascending" : header.getAttribute("data-type") === "num";
            sortBy(header, descending);
          }

          function heat(ratio) { return "h" + Math.min(4, Math.max(0, Math.floor(ratio * 100 / 20))); }

          function matches(row, query, mode, wanted) {
            if (query && row.cells[0].textContent.toLowerCase().indexOf(query) < 0) { return false; }
            if (wanted && row.getAttribute("data-group") !== wanted) { return false; }
            var status = row.getAttribute("data-status");
            if (mode === "below") { return status === "below"; }
            if (mode === "missing") { return status === "missing"; }
            if (mode === "flagged") { return status === "below" || status === "missing" || row.getAttribute("data-flags") !== ""; }
            return true;
          }

          function recount(visible) {
            if (!footer) { return; }
            var scored = visible.filter(function (row) { return row.getAttribute("data-status") !== "missing"; });
            var sum = 0, documents = 0;
            scored.forEach(function (row) {
              sum += parseFloat(row.cells[scoreColumn].getAttribute("data-v")) || 0;
              documents += parseInt(row.cells[docsColumn].textContent, 10) || 0;
            });
            var mean = scored.length ? sum / scored.length : 0;
            var scoreCell = footer.cells[scoreColumn];
            scoreCell.textContent = (Math.round(mean * 10) / 10).toFixed(1) + "%";
            scoreCell.className = "num score " + heat(mean / 100);
            footer.cells[docsColumn].textContent = String(documents);
            itemColumns.forEach(function (col) {
              var count = 0;
              scored.forEach(function (row) { if (row.cells[col].classList.contains("y")) { count += 1; } });
              var cell = footer.cells[col];
              cell.textContent = count + "/" + scored.length;
              cell.className = "num total " + heat(scored.length ? count / scored.length : 0);
            });
          }

          function applyFilter() {
            var query = filter.value.trim().toLowerCase();
            var mode = show ? show.value : "everyone";
            var wanted = group ? group.value : "";
            var visible = [];
            rows.forEach(function (row) {
              var hit = matches(row, query, mode, wanted);
              row.hidden = !hit;
              if (hit) { visible.push(row); }
            });
            shown.textContent = visible.length + " of " + rows.length + " contributors";
            recount(visible);
          }

          function readHash() {
            var parameters = {};
            location.hash.replace(/^#/, "").split("&").forEach(function (part) {
              var pair = part.split("=");
              if (pair[0] && pair.length > 1) {
                try { parameters[decodeURIComponent(pair[0])] = decodeURIComponent(pair.slice(1).join("=")); } catch (e) {}
              }
            });
            if (!Object.keys(parameters).length) { return; }
            if (parameters.sort) {
              headers.forEach(function (cell) {
                if (cell.getAttribute("data-key") === parameters.sort) { sortBy(cell, parameters.desc === "1"); }
              });
            }
            if (parameters.filter !== undefined) { filter.value = parameters.filter; }
            if (show && parameters.show) { show.value = parameters.show === "everyone" ? "everyone" : parameters.show; }
            if (group && parameters.group !== undefined) { group.value = parameters.group; }
            applyFilter();
          }

          table.tHead.addEventListener("click", function (event) {
            var header = event.target.closest("th[data-key]");
            if (header) { toggle(header); }
          });
          table.tHead.addEventListener("keydown", function (event) {
            var header = event.target.closest("th[data-key]");
            if (header && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); toggle(header); }
          });
          document.getElementById("controls").addEventListener("input", applyFilter);
          window.addEventListener("hashchange", readHash);
          applyFilter();
          readHash();
          document.body.setAttribute("data-ready", "1");
        })();

        """#
}
