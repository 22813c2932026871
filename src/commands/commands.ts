/**
 * The ribbon's function file. Its only button today ("Open pane") is a
 * ShowTaskpane action, which needs no code here; Office still expects the
 * function file to initialise Office.js, which is what Office.onReady does.
 */
Office.onReady();
