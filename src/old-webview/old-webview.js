/*
 * Inlined at the top of every page's <head> (webpack.config.js), before
 * office.js and the bundle. ES5 only, no template literals, no let/const:
 * it must parse in the engines it exists for. Internet Explorer (Trident,
 * volume-licensed Excel 2019 and 2016) and the old Edge (EdgeHTML, retail
 * Excel 2019, Microsoft 365 without WebView2) cannot parse the bundle, which
 * uses ES2022 syntax (class fields; 25 of its 36 files fail to parse as
 * ES2019); the pane would stay blank on "Đang tải…". Here the
 * page says why instead, and `<plaintext>` turns the rest of the document
 * into inert text, so neither office.js nor the bundle ever runs (a
 * preload scanner may still fetch them; they are never executed).
 * Engines are told apart by what they can parse, not only by their name, so
 * an old Safari on a Mac is caught too.
 */
(function () {
  var ua = navigator.userAgent || "";
  var old = /Trident\/|MSIE |Edge\/\d/.test(ua);
  if (!old) {
    try {
      // Parsed, never run: the newest syntax the bundle uses (ES2022 class fields,
      // ES2020 ?. and ??). A SyntaxError means the bundle cannot parse either.
      Function("class A { static a = 1; #b = 2; } return A?.a ?? 0;");
    } catch (e) {
      old = true;
    }
  }
  if (!old) return;
  document.write(
    '<div lang="vi" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;padding:16px;color:#242424">' +
      "<p><b>Giải ngân MTQG không chạy được trong phiên bản Excel này.</b></p>" +
      "<p>Cần Excel 2021 trở lên, Microsoft 365 (Windows hoặc Mac) hoặc Excel trên web. " +
      "Với Microsoft 365 trên Windows, hãy cài Microsoft Edge WebView2 Runtime rồi mở lại Excel.</p>" +
      '<p lang="en"><b>NTP Disbursement cannot run in this version of Excel.</b> ' +
      "It needs Excel 2021 or later, Microsoft 365 (Windows or Mac) or Excel on the web. " +
      "With Microsoft 365 on Windows, install the Microsoft Edge WebView2 Runtime and reopen Excel.</p>" +
      "</div>" +
      '<plaintext style="display:none">',
  );
})();
