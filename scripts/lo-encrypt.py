#!/usr/bin/python3
"""Save a workbook as a password-protected .xlsx with LibreOffice.

    /usr/bin/python3 scripts/lo-encrypt.py IN.xlsx OUT.xlsx PASSWORD

LibreOffice's command line (--convert-to) cannot set a password, so this
drives a private headless soffice over UNO (Debian package python3-uno) and
stores with the "Calc MS Excel 2007 XML" filter and OOXML EncryptionData.
The result is a real encrypted OOXML file: an OLE compound file holding
EncryptionInfo (ECMA-376 "Standard" encryption, AES-128; LibreOffice 7.4
cannot write "Agile") and EncryptedPackage streams.
Used by scripts/make-bad-fixtures.ts; the output is committed.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    if len(sys.argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    src, dst, password = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    profile = tempfile.mkdtemp(prefix="lo-encrypt-")
    pipe = "ntp_encrypt_%d" % os.getpid()
    proc = subprocess.Popen(
        ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise RuntimeError("could not connect to soffice")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
        enc = prop("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", (
            NamedValue("OOXPassword", password), NamedValue("CryptoType", "Standard"))))
        args = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("FilterName", "Calc MS Excel 2007 XML"), enc))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), args))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as soffice exits
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)
    with open(dst, "rb") as f:
        if f.read(8) != bytes.fromhex("d0cf11e0a1b11ae1"):
            raise RuntimeError("output is not an OLE compound file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
