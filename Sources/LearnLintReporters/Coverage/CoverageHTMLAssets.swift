/// The inline stylesheet of the coverage page (kept apart so the reporter reads as HTML).
enum CoverageHTMLAssets {
    static let style = #"""

        :root{--y:#2e9d57;--n:#f3dede;--x:#eceef1;--line:#d9dde3;--head:#f6f7f9;--ink:#1d2330;--muted:#5b6472;--bg:#fff;
        --h0:#f6d5d1;--h1:#f8e3c6;--h2:#f5efc1;--h3:#d7edc9;--h4:#a9dcb5;--bad:#b42318;--badbg:#fde8e6;
        --section:#3b6fd6;--term:#8a4fd1;--concept:#d9822b;--name-w:11em;--score-w:4.6em}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{padding:16px 20px 4px}
        h1{margin:0 0 2px;font-size:22px}
        .meta{margin:0 0 12px;color:var(--muted);font-size:12px}
        code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
        .cards{display:flex;flex-wrap:wrap;gap:10px}
        .card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;background:var(--head);color:inherit;text-decoration:none}
        .card b{display:block;font-size:24px}
        .card span{color:var(--muted);font-size:12px}
        .card.pass{border-color:var(--y);background:#e7f5ec}
        .card.fail,.card.alert{border-color:var(--bad);background:var(--badbg)}
        .card.alert b{color:var(--bad)}
        .controls{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:10px 20px 4px}
        #filter,select{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:inherit}
        #filter{min-width:220px}
        #shown{color:var(--muted);font-size:12px}
        .legend{margin:0 20px 8px;color:var(--muted);font-size:12px;max-width:70em}
        .sw{display:inline-block;width:12px;height:12px;margin:0 4px 0 6px;vertical-align:-2px;border-radius:2px}
        .sw.y{background:var(--y)}.sw.n{background:var(--n)}.sw.x{background:var(--x)}
        .scroll{margin:0 20px 20px;max-width:calc(100% - 40px);width:fit-content;max-height:78vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
        table{border-collapse:separate;border-spacing:0}
        th,td{border-right:1px solid var(--line);border-bottom:1px solid var(--line);padding:3px 6px;background-clip:padding-box}
        thead{position:sticky;top:0;z-index:3}
        thead th{background:var(--head);vertical-align:bottom;cursor:pointer;user-select:none;font-weight:600}
        thead th.grp-label{cursor:default;text-align:left;font-size:12px;border-top:4px solid transparent;white-space:nowrap}
        thead th:focus{outline:2px solid var(--section);outline-offset:-2px}
        thead th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
        thead th[aria-sort=descending]::after{content:" ▼";font-size:10px}
        th.item{padding:4px 2px;min-width:26px;font-weight:500}
        th.item span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;display:inline-block}
        th.item.k-section{min-width:74px;font-weight:700;background:#e9effb}
        th.item.k-section span{writing-mode:horizontal-tb;transform:none;white-space:normal;display:block;text-align:center}
        th.k-section{border-top-color:var(--section)}th.k-term{border-top-color:var(--term)}th.k-concept{border-top-color:var(--concept)}
        thead th.grp-label.k-section{background:#e9effb;color:var(--section)}thead th.grp-label.k-term{color:var(--term)}thead th.grp-label.k-concept{color:var(--concept)}
        th.name{position:sticky;left:0;z-index:1;background:var(--bg);text-align:left;white-space:nowrap;width:var(--name-w);min-width:var(--name-w);max-width:var(--name-w);overflow:hidden;text-overflow:ellipsis}
        td.score,th.score{position:sticky;left:var(--name-w);z-index:1;background:var(--bg);width:var(--score-w);min-width:var(--score-w);box-shadow:2px 0 0 var(--line)}
        thead th.name,thead th.score{z-index:4;background:var(--head)}
        tfoot th,tfoot td{position:sticky;bottom:0;background:var(--head);font-weight:600;z-index:2}
        tfoot th.name,tfoot td.score{z-index:4}
        a.who{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
        a.who:hover,a.who:focus{color:var(--section)}
        td.num{text-align:right;white-space:nowrap}
        td.grp{white-space:nowrap;color:var(--muted)}
        th.grp,th.flags,th.num:not(.score){width:1%;white-space:nowrap}
        td.flags{white-space:nowrap;font-size:12px}
        td.y{background:var(--y)}
        td.n{background:var(--n)}
        td.x{background:repeating-linear-gradient(45deg,var(--x),var(--x) 4px,transparent 4px,transparent 8px)}
        td.y,td.n,td.x{min-width:26px}
        tr.below th.name{color:var(--bad);font-weight:700;box-shadow:inset 4px 0 0 var(--bad)}
        tr.below td.score{color:var(--bad);font-weight:700}
        tr.missing th.name{color:var(--muted);font-style:italic}
        .flag{display:inline-block;margin:0 3px 0 0;padding:0 6px;border-radius:9px;font-size:11px;line-height:17px;white-space:nowrap;text-decoration:none;border:1px solid transparent}
        .flag.below{background:var(--badbg);color:var(--bad);border-color:var(--bad)}
        .flag.missing{background:var(--x);color:var(--muted)}
        .flag.dup{background:#fff1c2;color:#7a5b00;border-color:#d4a20a}
        .flag.unpaired{background:#efe4fb;color:#5b2a9a}
        .flag.roster{background:#e1ecfb;color:#1f4f9a}
        .h0{background:var(--h0)!important}.h1{background:var(--h1)!important}.h2{background:var(--h2)!important}
        .h3{background:var(--h3)!important}.h4{background:var(--h4)!important}
        tbody tr:hover th,tbody tr:hover td{filter:brightness(.93)}
        .panel{display:none;position:fixed;top:0;right:0;bottom:0;width:min(34em,100%);overflow:auto;z-index:10;background:var(--bg);border-left:1px solid var(--line);box-shadow:-6px 0 18px rgba(0,0,0,.15);padding:14px 18px}
        .panel:target,.panel[data-open]{display:block}
        .panel h2{margin:0 0 4px;font-size:18px}.panel h3{margin:12px 0 4px;font-size:13px}
        .panel ul{margin:0;padding-left:18px}.panel .facts{color:var(--muted);margin:0}
        .panel .close{position:absolute;top:8px;right:12px;font-size:20px;text-decoration:none;color:var(--muted)}
        .findings li.sev-error b{color:var(--bad)}.findings li.sev-warning b{color:#9a6700}.findings li.sev-info b{color:var(--muted)}
        .pairs{margin:0 20px 24px}.pairs h2{font-size:18px}.pair{border-top:1px solid var(--line);padding-top:6px;margin-top:10px}
        .pair h3{margin:4px 0;font-size:14px}
        @media (prefers-color-scheme:dark){:root{--bg:#15181d;--head:#20252d;--line:#343b46;--ink:#e6e9ef;--muted:#9aa3b2;--n:#4a2f33;--y:#2f8f52;--x:#262b33;
        --h0:#5a2e2b;--h1:#5a432a;--h2:#56512a;--h3:#35502f;--h4:#2c6a3c;--bad:#ff8a80;--badbg:#3d2222}
        .card.pass{background:#1f3527}th.item.k-section,thead th.grp-label.k-section{background:#1d2a44}
        .flag.dup{background:#4a3b0e;color:#f5d77a}.flag.unpaired{background:#3a2a55;color:#d9c2ff}.flag.roster{background:#1d2f4d;color:#a9c8ff}}
        @media (max-width:600px){:root{--name-w:8.5em}header,.controls{padding-left:10px;padding-right:10px}.scroll{margin:0 10px 16px;max-width:calc(100% - 20px)}}

        """#
}
