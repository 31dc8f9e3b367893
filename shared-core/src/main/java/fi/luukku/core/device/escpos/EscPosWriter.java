package fi.luukku.core.device.escpos;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Encodes ESC/POS commands onto any stream. Knows bytes only: what is printed is the ticket layout's business,
 * where the bytes go is the transport's. Text is sent in Windows-1252 (code table 16), which has the Finnish
 * and Swedish letters.
 */
public final class EscPosWriter {
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** Code table 16 of ESC t: WPC1252. */
    public static final int CODE_TABLE_WPC1252 = 16;

    public static final Charset CHARSET = Charset.forName("windows-1252");

    /** Horizontal alignment (ESC a). */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** QR error correction level (GS ( k function 169). */
    public enum QrErrorLevel {
        L,
        M,
        Q,
        H
    }

    private final OutputStream out;

    public EscPosWriter(OutputStream out) {
        this.out = out;
    }

    /** ESC @: clears the print buffer and resets modes. */
    public EscPosWriter initialize() throws IOException {
        return bytes(ESC, '@');
    }

    /** ESC t n: selects the character code table. */
    public EscPosWriter codeTable(int table) throws IOException {
        return bytes(ESC, 't', table);
    }

    /** ESC a n. */
    public EscPosWriter align(Align align) throws IOException {
        return bytes(ESC, 'a', align.ordinal());
    }

    /** ESC E n: emphasised (bold) on or off. */
    public EscPosWriter bold(boolean on) throws IOException {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** GS ! n: character size, 1..8 times in each direction. */
    public EscPosWriter size(int width, int height) throws IOException {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size must be 1..8, was " + width + "x" + height);
        }
        return bytes(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** Text in the current modes, without a line feed. Characters outside the code table print as '?'. */
    public EscPosWriter text(String text) throws IOException {
        out.write(text.replace('\n', ' ').getBytes(CHARSET));
        return this;
    }

    /** Text and a line feed. */
    public EscPosWriter line(String text) throws IOException {
        text(text);
        out.write(LF);
        return this;
    }

    /** ESC d n: prints the buffer and feeds n lines. */
    public EscPosWriter feed(int lines) throws IOException {
        return bytes(ESC, 'd', checkByte(lines));
    }

    /** The printer's own QR code (GS ( k): model 2, module size in dots, error level, store, print. */
    public EscPosWriter qrCode(String data, int moduleSize, QrErrorLevel level) throws IOException {
        byte[] payload = data.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (payload.length + 3 > 0xFFFF) {
            throw new IllegalArgumentException("QR data too long: " + payload.length + " bytes");
        }
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16, was " + moduleSize);
        }
        bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0); // fn 165: model 2
        bytes(GS, '(', 'k', 3, 0, 49, 67, moduleSize); // fn 167: module size
        bytes(GS, '(', 'k', 3, 0, 49, 69, 48 + level.ordinal()); // fn 169: error correction
        int len = payload.length + 3;
        bytes(GS, '(', 'k', len & 0xFF, (len >> 8) & 0xFF, 49, 80, 48); // fn 180: store
        out.write(payload);
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48); // fn 181: print
    }

    /** GS v 0: prints a raster bit image at normal density. */
    public EscPosWriter raster(BitImage image) throws IOException {
        int x = image.widthBytes();
        int y = image.height();
        if (x > 0xFFFF || y > 0xFFFF) {
            throw new IllegalArgumentException("raster image too large");
        }
        bytes(GS, 'v', '0', 0, x & 0xFF, (x >> 8) & 0xFF, y & 0xFF, (y >> 8) & 0xFF);
        out.write(image.data());
        return this;
    }

    /** GS V 66 n: feeds n motion units past the cutter, then cuts partially (leaves a hinge). */
    public EscPosWriter cut(int feed) throws IOException {
        return bytes(GS, 'V', 66, checkByte(feed));
    }

    /** DLE EOT n: real-time status request (1 printer, 2 offline cause, 3 error cause, 4 paper roll). */
    public EscPosWriter statusRequest(int n) throws IOException {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4, was " + n);
        }
        return bytes(DLE, EOT, n);
    }

    public EscPosWriter flush() throws IOException {
        out.flush();
        return this;
    }

    private EscPosWriter bytes(int... values) throws IOException {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    private static int checkByte(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("parameter must be 0..255, was " + v);
        }
        return v;
    }
}
