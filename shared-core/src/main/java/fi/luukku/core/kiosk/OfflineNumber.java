package fi.luukku.core.kiosk;

/** A number taken from this kiosk's reserved offline block, e.g. prefix "K", number 905 = "K905". */
public record OfflineNumber(String queueId, String prefix, int number) {

    public String formatted() {
        return prefix + String.format("%03d", number);
    }
}
