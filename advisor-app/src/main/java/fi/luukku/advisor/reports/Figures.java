package fi.luukku.advisor.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the workspace writes numbers: the same rules for charts, tables and tests that compare with the API. */
public final class Figures {
    private final Locale locale;
    private final String none;

    public Figures(ReportTexts texts) {
        this.locale = texts.locale();
        this.none = texts.get("figure.none");
    }

    /** Whole minutes and seconds, "4:05"; a dash when there is no figure. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return none;
        }
        long s = Math.max(0, seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A share 0..1 as a whole percent, "87 %". */
    public String share(Double share) {
        if (share == null) {
            return none;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    /** A mean to two decimals, "4,25" in Finnish. */
    public String mean(Double mean) {
        if (mean == null) {
            return none;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(mean);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** Euros with cents, "1 234,50 €" in Finnish. */
    public String euros(BigDecimal amount) {
        if (amount == null) {
            return none;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }
}
