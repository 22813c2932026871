/**
 * The ribbon's function file. Its only button today ("Open pane") is a
 * ShowTaskpane action, which needs no code; Office still waits for the
 * function file to initialise, which Office.onReady does.
 */
Office.onReady(() => undefined);
