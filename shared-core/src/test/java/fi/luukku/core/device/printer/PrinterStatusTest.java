package fi.luukku.core.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    @Test
    void readyPrinterAnswersFixedBitsOnly() {
        PrinterStatus s = PrinterStatus.fromStatusBytes(0x12, 0x12, 0x12);
        assertThat(s).isEqualTo(PrinterStatus.READY);
        assertThat(s.canPrint()).isTrue();
    }

    @Test
    void paperOutFromOfflineCauseOrRollSensor() {
        assertThat(PrinterStatus.fromStatusBytes(0x1A, 0x32, 0x12).paperOut()).isTrue();
        assertThat(PrinterStatus.fromStatusBytes(0x12, 0x12, 0x72).paperOut()).isTrue();
        assertThat(PrinterStatus.fromStatusBytes(0x12, 0x12, 0x72).canPrint()).isFalse();
    }

    @Test
    void nearEndStillPrintsButWarns() {
        PrinterStatus s = PrinterStatus.fromStatusBytes(0x12, 0x12, 0x1E);
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.canPrint()).isTrue();
        assertThat(s.describe()).isEqualTo("paper near end");
    }

    @Test
    void coverOpenAndOffline() {
        PrinterStatus s = PrinterStatus.fromStatusBytes(0x1A, 0x16, 0x12);
        assertThat(s.coverOpen()).isTrue();
        assertThat(s.offline()).isTrue();
        assertThat(s.canPrint()).isFalse();
        assertThat(PrinterStatus.NOT_RESPONDING.canPrint()).isFalse();
    }
}
