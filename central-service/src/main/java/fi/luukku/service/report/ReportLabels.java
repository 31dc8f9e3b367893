package fi.luukku.service.report;

import java.math.BigDecimal;
import java.util.Map;

/** The words of the exported reports in Finnish, Swedish and English. */
public final class ReportLabels {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("part", new String[] {"Osa", "Del", "Part"}),
            Map.entry("id", new String[] {"Tunnus", "Kod", "Id"}),
            Map.entry("name", new String[] {"Nimi", "Namn", "Name"}),
            Map.entry("metric", new String[] {"Mittari", "Mätare", "Metric"}),
            Map.entry("value", new String[] {"Arvo", "Värde", "Value"}),
            Map.entry("point", new String[] {"Asiointipiste", "Servicepunkt", "Service point"}),
            Map.entry("region", new String[] {"Alue", "Region", "Region"}),
            Map.entry("authority", new String[] {"Viranomainen", "Myndighet", "Authority"}),
            Map.entry("type", new String[] {"Palvelutapahtuma", "Servicehändelse", "Service event"}),
            Map.entry("unitPrice", new String[] {"Yksikköhinta", "Enhetspris", "Unit price"}),
            Map.entry("count", new String[] {"Lukumäärä", "Antal", "Count"}),
            Map.entry("amount", new String[] {"Summa", "Belopp", "Amount"}),
            Map.entry("baseFee", new String[] {"Perusosa", "Grundavgift", "Base fee"}),
            Map.entry("training", new String[] {"Koulutuskorvaus", "Utbildningsersättning", "Training compensation"}),
            Map.entry("events", new String[] {"Suoritekorvaukset", "Prestationsersättningar", "Event compensation"}),
            Map.entry("total", new String[] {"Yhteensä", "Totalt", "Total"}),
            Map.entry("billing", new String[] {"Laskutus", "Fakturering", "Billing"}),
            Map.entry("metrics", new String[] {"Mittarit", "Mätare", "Metrics"}),
            Map.entry("period", new String[] {"Ajanjakso", "Period", "Period"}),
            Map.entry("byAuthority", new String[] {"Viranomaisittain", "Per myndighet", "By authority"}),
            Map.entry("scope", new String[] {"Kokonaisuus", "Helhet", "Scope"}),
            Map.entry("day", new String[] {"Päivä", "Dag", "Day"}));

    private ReportLabels() {}

    /** The word for a key in a language (fi when the language is not sv or en). */
    public static String word(String key, String lang) {
        String[] w = WORDS.get(key);
        if (w == null) {
            return key;
        }
        return switch (lang) {
            case "sv" -> w[1];
            case "en" -> w[2];
            default -> w[0];
        };
    }

    /** Euros for reading: "1234,50 €" in Finnish and Swedish, "€1234.50" in English. */
    public static String money(BigDecimal euros, String lang) {
        String plain = euros.setScale(2).toPlainString();
        return "en".equals(lang) ? "€" + plain : plain.replace('.', ',') + " €";
    }
}
