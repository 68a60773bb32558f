/// The review page's inline stylesheet: readable on a phone (fluid width, tables that scroll
/// sideways), in print, and in light and dark colour schemes; charts take their colours from it.
enum ReviewStyle {
  static let css = """
    :root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0550ae;\
    --true:#1a7f37;--false:#cf222e;--warn:#9a6700;--s0:#0550ae;--s1:#bc4c00;--s2:#1a7f37;\
    --s3:#8250df;--s4:#57606a;color-scheme:light dark}
    @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;\
    --line:#3d444d;--soft:#161b22;--accent:#58a6ff;--true:#3fb950;--false:#f85149;--warn:#d29922;\
    --s0:#58a6ff;--s1:#ffa657;--s2:#3fb950;--s3:#d2a8ff;--s4:#9198a1}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,\
    "Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC",sans-serif}
    main{max-width:76rem;margin:0 auto;padding:1rem 1.25rem 3rem}
    h1{font-size:1.8rem;margin:.5rem 0}h2{margin-top:2.5rem;border-bottom:1px solid var(--line);\
    padding-bottom:.25rem}h3{margin:1.5rem 0 .5rem}h4{margin:1rem 0 .25rem}
    p,li{max-width:48rem}.muted{color:var(--muted)}a{color:var(--accent)}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
    .hash{word-break:break-all;background:var(--soft);padding:.1rem .3rem;border-radius:4px}
    .summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;\
    margin:0;padding:0}
    .summary div{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;\
    background:var(--soft)}
    .summary dt{font-size:.85rem;color:var(--muted)}.summary dd{margin:0;font-size:1.6rem;\
    font-weight:600}
    .scroll{overflow-x:auto;margin:.5rem 0;-webkit-overflow-scrolling:touch}
    table{border-collapse:collapse;font-size:.9rem;width:100%}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:var(--soft)}td.num,th.num{text-align:right}
    td.nw{white-space:nowrap}td{overflow-wrap:break-word;min-width:7rem}td.num,td.nw{min-width:0}\
    td.num{min-width:4.5rem}
    article{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;\
    padding:.25rem 1rem .75rem;margin:1rem 0}
    article.true{border-left-color:var(--true)}article.false{border-left-color:var(--false)}
    .badge{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .5rem;\
    border-radius:1rem;border:1px solid currentColor;vertical-align:middle;margin-left:.4rem}
    .badge.true{color:var(--true)}.badge.false{color:var(--false)}.badge.annulled{color:var(--muted)}
    dl.fields{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.2rem 1rem;margin:0}
    dl.fields dt{font-weight:600;color:var(--muted)}dl.fields dd{margin:0;overflow-wrap:anywhere}
    .warning{border:1px solid var(--warn);color:var(--fg);background:var(--soft);\
    border-radius:6px;padding:.5rem .75rem}.warning strong{color:var(--warn)}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1.25rem}
    figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}
    svg.chart{display:block;width:100%;height:auto;max-width:22rem}
    svg.brier{max-width:36rem}
    .chart text{fill:var(--fg);font-size:11px;font-family:inherit}
    .chart .chart-title{font-size:13px;font-weight:600}.chart .axis{font-size:12px}
    .chart .tick,.chart .empty{fill:var(--muted)}
    .chart .grid{stroke:var(--line);stroke-width:1}
    .chart .frame{fill:none;stroke:var(--muted);stroke-width:1}
    .chart .diagonal{stroke:var(--muted);stroke-dasharray:4 4;stroke-width:1}
    .chart .ci{stroke:var(--fg);stroke-width:1.5}
    .chart .point{fill:var(--accent);stroke:var(--bg);stroke-width:1}
    .chart .count{font-weight:600}
    .chart .series{fill:none;stroke-width:2}.chart .dash1{stroke-dasharray:6 3}\
    .chart .dash2{stroke-dasharray:2 3}
    .chart .mark{stroke-width:1.5}.chart .cross{fill:none;stroke-width:2}
    .s0{stroke:var(--s0);fill:var(--s0)}.s1{stroke:var(--s1);fill:var(--s1)}\
    .s2{stroke:var(--s2);fill:var(--s2)}.s3{stroke:var(--s3);fill:var(--s3)}\
    .s4{stroke:var(--s4);fill:var(--s4)}
    .chart path.series{fill:none}
    @media (max-width:40rem){body{font-size:15px}main{padding:.75rem .75rem 2rem}\
    h1{font-size:1.45rem}dl.fields{grid-template-columns:1fr}dl.fields dd{margin-bottom:.4rem}\
    td{min-width:11rem}td.num,td.nw{min-width:0}\
    table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;min-width:0}\
    table.stack thead{display:none}table.stack tr{border:1px solid var(--line);\
    border-radius:6px;margin:0 0 .75rem;padding:.25rem 0}\
    table.stack td{border:0;text-align:left;white-space:normal;padding:.15rem .6rem}\
    table.stack td:empty{display:none}\
    table.stack td::before{content:attr(data-label);display:block;font-size:.8rem;\
    font-weight:600;color:var(--muted)}}
    @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#999;--soft:#fff}\
    body{font-size:10.5pt}main{max-width:none;padding:0}.scroll{overflow:visible}\
    table{font-size:8.5pt}article,figure,tr{break-inside:avoid}h2,h3{break-after:avoid}\
    .charts{grid-template-columns:repeat(2,1fr)}}
    """
}
