package fi.luukku.kiosk.testing;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.kiosk.KioskCatalog;
import java.util.List;

/** A realistic catalog for a point like Mikkeli, for view-model and screen tests. */
public final class DemoCatalog {
    private DemoCatalog() {}

    public static KioskCatalog mikkeli() {
        PointDto point = new PointDto(
                "mikkeli",
                LocalizedText.of("Mikkelin yhteispalvelupiste", "Servicepunkten i S:t Michel", "Mikkeli service point"),
                "Mikkeli",
                "Maaherrankatu 9",
                List.of("fi", "sv", "en"),
                List.of("advice", "kela", "police", "tax", "te", "dvv", "migri", "mml"),
                "Europe/Helsinki",
                "https://luukku.example.fi/mikkeli");
        List<AuthorityDto> authorities = List.of(
                new AuthorityDto(
                        "advice",
                        LocalizedText.of("Palveluneuvonta", "Servicerådgivning", "General advice"),
                        "Neuvonta"),
                new AuthorityDto("kela", LocalizedText.of("Kela", "FPA", "Kela"), "Kela"),
                new AuthorityDto(
                        "police",
                        LocalizedText.of("Poliisi – lupapalvelut", "Polisen – tillstånd", "Police permits"),
                        "Poliisi"),
                new AuthorityDto(
                        "tax", LocalizedText.of("Verohallinto", "Skatteförvaltningen", "Tax Administration"), "Vero"),
                new AuthorityDto("te", LocalizedText.of("TE-palvelut", "TE-tjänster", "Employment services"), "TE"),
                new AuthorityDto(
                        "dvv",
                        LocalizedText.of(
                                "Digi- ja väestötietovirasto",
                                "Myndigheten för digitalisering och befolkningsdata",
                                "Digital and Population Data Services Agency"),
                        "DVV"),
                new AuthorityDto(
                        "migri",
                        LocalizedText.of("Maahanmuuttovirasto", "Migrationsverket", "Finnish Immigration Service"),
                        "Migri"),
                new AuthorityDto(
                        "mml",
                        LocalizedText.of("Maanmittauslaitos", "Lantmäteriverket", "National Land Survey"),
                        "MML"));
        List<ServiceDto> services = List.of(
                service(
                        "advice-general",
                        "advice",
                        "q-a",
                        "Yleinen neuvonta ja digituki",
                        "Allmän rådgivning och digitalt stöd",
                        "General advice and digital support"),
                service(
                        "kela-family",
                        "kela",
                        "q-k",
                        "Lapsiperheen etuudet",
                        "Förmåner för barnfamiljer",
                        "Family benefits"),
                service("kela-pension", "kela", "q-k", "Eläkkeet", "Pensioner", "Pensions"),
                service(
                        "kela-unemployment",
                        "kela",
                        "q-k",
                        "Työttömyysturva ja asumistuki",
                        "Utkomstskydd för arbetslösa och bostadsbidrag",
                        "Unemployment and housing benefits"),
                service(
                        "police-passport",
                        "police",
                        "q-p",
                        "Passi ja henkilökortti",
                        "Pass och identitetskort",
                        "Passport and identity card"),
                service(
                        "tax-card",
                        "tax",
                        "q-v",
                        "Verokortti ja veroilmoitus",
                        "Skattekort och skattedeklaration",
                        "Tax card and tax return"),
                service(
                        "te-jobseeker",
                        "te",
                        "q-t",
                        "Työnhakijaksi ilmoittautuminen",
                        "Anmälan som arbetssökande",
                        "Registering as a jobseeker"),
                service(
                        "dvv-move",
                        "dvv",
                        "q-d",
                        "Muuttoilmoitus ja väestötiedot",
                        "Flyttanmälan och befolkningsuppgifter",
                        "Notice of move and population data"),
                service("migri-residence", "migri", "q-m", "Oleskelulupa", "Uppehållstillstånd", "Residence permit"),
                service(
                        "mml-property",
                        "mml",
                        "q-l",
                        "Kiinteistöt ja lainhuudot",
                        "Fastigheter och lagfarter",
                        "Property and title registration"));
        List<LifeEventDto> lifeEvents = List.of(
                new LifeEventDto(
                        "moving", LocalizedText.of("Muutan", "Jag flyttar", "I am moving house"), "dvv-move", "home"),
                new LifeEventDto(
                        "job-loss",
                        LocalizedText.of("Jäin työttömäksi", "Jag blev arbetslös", "I lost my job"),
                        "te-jobseeker",
                        "work"),
                new LifeEventDto(
                        "child",
                        LocalizedText.of("Perheeseen syntyy lapsi", "Vi får barn", "A child is born"),
                        "kela-family",
                        "child"),
                new LifeEventDto(
                        "retiring",
                        LocalizedText.of("Jään eläkkeelle", "Jag går i pension", "I am retiring"),
                        "kela-pension",
                        "retire"),
                new LifeEventDto(
                        "death",
                        LocalizedText.of("Läheinen on kuollut", "En anhörig har dött", "A relative has died"),
                        "advice-general",
                        "death"),
                new LifeEventDto(
                        "to-finland",
                        LocalizedText.of("Muutan Suomeen", "Jag flyttar till Finland", "I am moving to Finland"),
                        "migri-residence",
                        "globe"));
        List<QueueDto> queues = List.of(
                queue("q-a", "A", "Neuvonta", 4, 900),
                queue("q-k", "K", "Kela", 3, 720),
                queue("q-p", "P", "Poliisi", 1, 300),
                queue("q-v", "V", "Vero", 0, 0),
                queue("q-t", "T", "TE", 2, 600),
                queue("q-d", "D", "DVV", 0, 0),
                queue("q-m", "M", "Migri", 5, 2400),
                queue("q-l", "L", "MML", 0, 0));
        return new KioskCatalog(point, authorities, services, lifeEvents, queues);
    }

    private static ServiceDto service(String id, String auth, String queue, String fi, String sv, String en) {
        return new ServiceDto(id, auth, queue, LocalizedText.of(fi, sv, en), null);
    }

    private static QueueDto queue(String id, String prefix, String name, int waiting, long wait) {
        return new QueueDto(id, "mikkeli", prefix, LocalizedText.of(name, name, name), null, waiting, wait, 0, 0, 2);
    }
}
