package fi.luukku.core.device.escpos;

import fi.luukku.core.device.escpos.EscPosWriter.Align;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back into what they print. Understands the commands {@link EscPosWriter} emits (and
 * skips a few common others); stops quietly at a command that is not complete yet, so a fake printer can
 * decode a stream as it arrives.
 */
public final class EscPosDecoder {

    public PrintedDocument decode(byte[] bytes) {
        return new Run(bytes).decode();
    }

    private static final class Run {
        private final byte[] b;
        private int pos;
        private final List<PrintedDocument.Element> elements = new ArrayList<>();
        private final List<Integer> status = new ArrayList<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private Align align = Align.LEFT;
        private boolean bold;
        private int width = 1;
        private int height = 1;
        private int cuts;
        private byte[] qrData;
        private int qrModule = 3;
        private int consumed;

        Run(byte[] b) {
            this.b = b;
        }

        PrintedDocument decode() {
            while (pos < b.length) {
                int start = pos;
                if (!step()) {
                    pos = start;
                    break;
                }
                consumed = pos;
            }
            // text without a final line feed is still in the buffer: a real printer prints it on the next LF
            return new PrintedDocument(elements, status, cuts, consumed);
        }

        private boolean has(int n) {
            return pos + n <= b.length;
        }

        private int u(int i) {
            return b[i] & 0xFF;
        }

        /** Decodes one command or character; false when the command is incomplete. */
        private boolean step() {
            int c = u(pos);
            switch (c) {
                case 0x0A -> {
                    pos++;
                    flushLine(true);
                    return true;
                }
                case 0x0D -> {
                    pos++;
                    return true;
                }
                case 0x10 -> {
                    if (!has(3)) {
                        return false;
                    }
                    if (u(pos + 1) == 0x04) {
                        status.add(u(pos + 2));
                    }
                    pos += 3;
                    return true;
                }
                case 0x1B -> {
                    return esc();
                }
                case 0x1D -> {
                    return gs();
                }
                default -> {
                    if (c >= 0x20) {
                        line.write(c);
                    }
                    pos++;
                    return true;
                }
            }
        }

        private boolean esc() {
            if (!has(2)) {
                return false;
            }
            int cmd = u(pos + 1);
            if (cmd == '@') {
                flushLine(false);
                align = Align.LEFT;
                bold = false;
                width = 1;
                height = 1;
                pos += 2;
                return true;
            }
            if (!has(3)) {
                return false;
            }
            int n = u(pos + 2);
            switch (cmd) {
                case 'a' -> align = Align.values()[Math.min(n % 48, 2)];
                case 'E' -> bold = (n & 1) != 0;
                case 'd' -> {
                    flushLine(false);
                    for (int i = 0; i < n; i++) {
                        elements.add(new PrintedDocument.TextLine("", align, false, 1, 1));
                    }
                }
                case '!' -> {
                    bold = (n & 0x08) != 0;
                    height = (n & 0x10) != 0 ? 2 : 1;
                    width = (n & 0x20) != 0 ? 2 : 1;
                }
                default -> {
                    // ESC t, ESC -, ESC M and friends: one parameter, no visible effect here
                }
            }
            pos += 3;
            return true;
        }

        private boolean gs() {
            if (!has(2)) {
                return false;
            }
            int cmd = u(pos + 1);
            switch (cmd) {
                case '!' -> {
                    if (!has(3)) {
                        return false;
                    }
                    int n = u(pos + 2);
                    width = (n >> 4) + 1;
                    height = (n & 0x0F) + 1;
                    pos += 3;
                    return true;
                }
                case 'V' -> {
                    if (!has(3)) {
                        return false;
                    }
                    int m = u(pos + 2);
                    int len = (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) ? 4 : 3;
                    if (!has(len)) {
                        return false;
                    }
                    flushLine(false);
                    elements.add(new PrintedDocument.Cut());
                    cuts++;
                    pos += len;
                    return true;
                }
                case '(' -> {
                    if (!has(5)) {
                        return false;
                    }
                    int len = u(pos + 3) | (u(pos + 4) << 8);
                    if (!has(5 + len)) {
                        return false;
                    }
                    if (u(pos + 2) == 'k' && len >= 3) {
                        qr(pos + 5, len);
                    }
                    pos += 5 + len;
                    return true;
                }
                case 'v' -> {
                    if (!has(8)) {
                        return false;
                    }
                    int x = u(pos + 4) | (u(pos + 5) << 8);
                    int y = u(pos + 6) | (u(pos + 7) << 8);
                    if (!has(8 + x * y)) {
                        return false;
                    }
                    byte[] data = new byte[x * y];
                    System.arraycopy(b, pos + 8, data, 0, data.length);
                    flushLine(false);
                    elements.add(new PrintedDocument.Raster(new BitImage(x, y, data), align));
                    pos += 8 + x * y;
                    return true;
                }
                default -> {
                    if (!has(3)) {
                        return false;
                    }
                    pos += 3; // GS B, GS h, GS w...: one parameter
                    return true;
                }
            }
        }

        private void qr(int p, int len) {
            int cn = u(p);
            int fn = u(p + 1);
            if (cn != 49) {
                return;
            }
            switch (fn) {
                case 67 -> qrModule = u(p + 2);
                case 80 -> {
                    qrData = new byte[len - 3];
                    System.arraycopy(b, p + 3, qrData, 0, qrData.length);
                }
                case 81 -> {
                    if (qrData != null) {
                        flushLine(false);
                        elements.add(new PrintedDocument.QrCode(new String(qrData, StandardCharsets.UTF_8), qrModule));
                    }
                }
                default -> {
                    // model and error-correction selection change nothing visible here
                }
            }
        }

        private void flushLine(boolean lineFeed) {
            if (line.size() > 0 || lineFeed) {
                String text = new String(line.toByteArray(), EscPosWriter.CHARSET);
                elements.add(new PrintedDocument.TextLine(text, align, bold, width, height));
                line.reset();
            }
        }
    }
}
