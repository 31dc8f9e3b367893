package fi.luukku.core.device.escpos;

import java.util.Arrays;

/**
 * A black-and-white image as a thermal printer takes it: {@code widthBytes * 8} dots wide, rows top to bottom,
 * each row packed most significant bit first, a set bit printing black.
 */
public record BitImage(int widthBytes, int height, byte[] data) {

    public BitImage {
        if (widthBytes <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image " + widthBytes + "x" + height);
        }
        if (data.length != widthBytes * height) {
            throw new IllegalArgumentException(
                    "image data has " + data.length + " bytes, expected " + widthBytes * height);
        }
        data = data.clone();
    }

    public int widthDots() {
        return widthBytes * 8;
    }

    public boolean isBlack(int x, int y) {
        return (data[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Builds an image from a predicate over dot coordinates. */
    public static BitImage of(int widthDots, int height, DotSource source) {
        int widthBytes = (widthDots + 7) / 8;
        byte[] data = new byte[widthBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < widthDots; x++) {
                if (source.isBlack(x, y)) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(widthBytes, height, data);
    }

    /** Which dots are black. */
    @FunctionalInterface
    public interface DotSource {
        boolean isBlack(int x, int y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitImage b
                && b.widthBytes == widthBytes
                && b.height == height
                && Arrays.equals(b.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * widthBytes + height) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "BitImage[" + widthDots() + "x" + height + "]";
    }
}
