package fi.luukku.advisor.referral;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import fi.luukku.advisor.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The printed referral slip as a node: one layout for the printer, the PNG and the preview. */
public final class SlipNode {
    public static final double WIDTH = 560;

    private SlipNode() {}

    public static VBox build(ReferralSlip slip, ZoneId zone) {
        Texts t = Texts.forCode(slip.language());
        VBox box = new VBox(10);
        box.getStyleClass().add("referral-slip");
        box.setPadding(new Insets(24));
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setBackground(new Background(new BackgroundFill(Color.WHITE, CornerRadii.EMPTY, Insets.EMPTY)));
        box.getChildren().add(text(slip.pointName(), 16, FontWeight.NORMAL));
        box.getChildren().add(text(t.get("slip.title"), 26, FontWeight.BOLD));
        box.getChildren().add(text(t.format("slip.ticket", slip.ticketNumber()), 20, FontWeight.BOLD));
        box.getChildren().add(text(t.get("slip.kind." + slip.kind().name()), 18, FontWeight.BOLD));
        box.getChildren().add(text(slip.targetName(), 22, FontWeight.BOLD));
        if (slip.targetDetail() != null && !slip.targetDetail().isBlank()) {
            box.getChildren().add(text(slip.targetDetail(), 16, FontWeight.NORMAL));
        }
        box.getChildren().add(text(slip.serviceText(), 16, FontWeight.NORMAL));
        if (slip.instructions() != null && !slip.instructions().isBlank()) {
            box.getChildren().add(text(t.get("slip.instructions"), 16, FontWeight.BOLD));
            box.getChildren().add(text(slip.instructions(), 16, FontWeight.NORMAL));
        }
        if (slip.qrContent() != null && !slip.qrContent().isBlank()) {
            box.getChildren().add(text(t.get("slip.qr"), 14, FontWeight.NORMAL));
            box.getChildren().add(new ImageView(qr(slip.qrContent(), 200)));
            box.getChildren().add(text(slip.qrContent(), 12, FontWeight.NORMAL));
        }
        box.getChildren()
                .add(text(
                        DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                                .withZone(zone)
                                .format(slip.createdAt()),
                        12,
                        FontWeight.NORMAL));
        return box;
    }

    private static Node text(String s, double size, FontWeight weight) {
        Label l = new Label(s == null ? "" : s);
        l.setWrapText(true);
        l.setMaxWidth(WIDTH - 48);
        l.setFont(Font.font("System", weight, size));
        l.setTextFill(Color.BLACK);
        l.getStyleClass().add("slip-text"); // black on paper, also in the preview under high contrast
        return l;
    }

    /** A QR code image drawn pixel by pixel from ZXing's matrix. */
    public static WritableImage qr(String content, int size) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(content, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 1));
            WritableImage img = new WritableImage(m.getWidth(), m.getHeight());
            PixelWriter w = img.getPixelWriter();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    w.setColor(x, y, m.get(x, y) ? Color.BLACK : Color.WHITE);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + content, e);
        }
    }
}
