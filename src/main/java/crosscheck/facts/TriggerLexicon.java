package crosscheck.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Words that say what happened, in English and Spanish, with their canonical lemma; the nouns that
 * say what kind of document was signed; and the cue words for negation, hedging, passives and
 * anaphora. All forms are folded (lowercase, no accents). Immutable, thread-safe.
 */
final class TriggerLexicon {

  /** Event triggers are claims; report triggers frame them (their date is a report date). */
  enum Kind {
    EVENT,
    REPORT
  }

  /** How the trigger is written: a verb, or a noun naming the event ("the signing of"). */
  enum Form {
    VERB,
    NOUN
  }

  record Trigger(String lemma, Kind kind, Form form) {}

  private static final Map<String, Trigger> FORMS = new HashMap<>();
  private static final Map<String, String> CATEGORIES = new HashMap<>();

  // lemma|verb forms|noun forms. English and Spanish share one table: their forms rarely collide.
  private static final String[] EVENTS = {
    "sign|sign signs signed signing firmar firmo firmaron firmado firmada firmados firmadas firman"
        + " firmaria firmara firmaran firmamos suscribio suscribieron suscribir suscrito suscrita"
        + " rubrico rubricaron|signature signatures firma suscripcion",
    "meet|meet meets met reunio reunieron reunirse reunira reune reunido reunidos entrevisto"
        + "|meeting meetings reunion reuniones encuentro talks summit cumbre",
    "visit|visit visits visited visiting visito visitaron visitar visitara toured"
        + "|trip trips visita visitas viaje gira",
    "kill|kill kills killed killing died die dies mato mataron asesino asesinaron asesinado"
        + " asesinados murio murieron fallecio fallecieron|death deaths dead killings fatalities"
        + " bodies muertos muertes muerte fallecidos",
    "injure|injure injures injured injuring wounded wounding hirio hirieron herido herida heridos"
        + " heridas lesionados|injuries injury lesiones",
    "arrest|arrested arresting detained detain detains apprehended captured detuvo detuvieron"
        + " detenido detenidos detenida detenidas arresto arrestaron arrestado arrestados capturo"
        + " capturaron capturados|arrest arrests detention detencion detenciones arrestos captura",
    "carry|carry carries carried carrying transported transporting transportaba transportaban"
        + " transporto llevaba llevaban trasladaba|",
    "announce|announce announces announced announcing anuncio anunciaron anunciado anuncia"
        + "|announcement announcements",
    "deliver|deliver delivers delivered delivering entrego entregaron entregar entregado entregados"
        + "|delivery deliveries entrega entregas shipment shipments envio envios",
    "buy|buy buys bought buying purchased purchasing acquire acquires acquired acquiring compro"
        + " compraron comprar adquirio adquirieron adquirir|purchase purchases acquisition"
        + " acquisitions compra compras adquisicion",
    "sell|sell sells sold selling vendio vendieron vender|sale sales venta ventas",
    "agree|agree agrees agreed acordaron acordo pactaron|",
    "transfer|transferred transferring transfirio transfirieron|transfer transfers transferencia",
    "attack|attacked attacking bombed atacaron ataco bombardeo|attack attacks bombing bombings"
        + " ataque ataques atentado atentados",
    "launch|launch launches launched launching lanzo lanzaron|",
    "arrive|arrive arrives arrived arriving llego llegaron|arrival llegada",
    "approve|approve approves approved ratify ratified aprobo aprobaron ratifico|ratification",
    "receive|receive receives received receiving recibio recibieron|",
    "send|send sends sent sending envio enviaron|",
    "deploy|deploy deploys deployed desplego desplegaron|deployment deployments despliegue",
    "export|export exported exporting exporto|exports",
    "elect|elected eligio eligieron|election elecciones",
    "resign|resigned resigns dimitio renuncio|resignation dimision renuncia",
    "sentence|sentenced condeno condenaron condenado|",
  };

  private static final String[] REPORTS = {
    "report|reported reporting informo informaron informa reporto reportaron",
    "say|said says told tells stated dijo dijeron afirmo afirmaron declaro aseguro senalo indicated"
        + " indico",
    "confirm|confirmed confirms confirmo confirmaron",
  };

  /** Base forms that are nouns unless a modal or "to" precedes them ("a sign of", "a report"). */
  static final Set<String> NEEDS_VERB_CONTEXT = Set.of("sign", "signs", "report", "reports");

  static final Set<String> VERB_CONTEXT =
      Set.of(
          "to", "will", "would", "did", "does", "do", "not", "could", "may", "might", "must",
          "should", "can", "cannot", "never", "they", "we", "i");

  /** Verb forms that are also nouns after a determiner: "a visit", "the official visits". */
  static final Set<String> NOUN_LIKE_VERBS = Set.of("visit", "visits", "meet", "sign", "report");

  /** Determiners before an -ing form make it a noun: "the signing of", "the meeting". */
  static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
          "el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta", "ese", "esa");

  /** Definite or demonstrative determiners: the noun refers back to something already told. */
  static final Set<String> ANAPHORIC_DETERMINERS =
      Set.of(
          "the", "this", "that", "these", "those", "said", "el", "la", "los", "las", "este", "esta",
          "estos", "estas", "dicho", "dicha", "ese", "esa", "its", "their", "su", "sus");

  /** "the two ministers", "both countries", "los dos paises". */
  static final Set<String> GROUP_REFERENCES =
      Set.of(
          "ministers",
          "countries",
          "nations",
          "sides",
          "leaders",
          "governments",
          "presidents",
          "parties",
          "states",
          "ministros",
          "paises",
          "naciones",
          "partes",
          "gobiernos",
          "presidentes",
          "lideres");

  static final Set<String> PASSIVE_AUXILIARIES =
      Set.of(
          "was", "were", "been", "being", "is", "are", "be", "fue", "fueron", "sido", "es", "son",
          "sera", "seran");

  static final Set<String> NEGATIONS =
      Set.of(
          "not", "never", "no", "nunca", "ni", "denied", "deny", "denies", "denying", "nego",
          "negaron", "refused", "refuses", "failed", "without", "sin", "cannot");

  static final Set<String> HEDGES =
      Set.of(
          "reportedly",
          "allegedly",
          "alleged",
          "purportedly",
          "apparently",
          "may",
          "might",
          "could",
          "would",
          "possibly",
          "likely",
          "probably",
          "supposedly",
          "presumably",
          "rumored",
          "rumoured",
          "supuestamente",
          "presuntamente",
          "presunto",
          "presunta",
          "aparentemente",
          "podria",
          "podrian",
          "habria",
          "habrian",
          "posiblemente",
          "probablemente");

  // folded noun -> canonical category; the head noun of a multiword name is enough.
  private static final String[] CATEGORY_TABLE = {
    "memorandum|memorandum memoranda memorandums mou mous memorando memorandos memorandun",
    "treaty|treaty treaties tratado tratados",
    "agreement|agreement agreements acuerdo acuerdos convenio convenios",
    "deal|deal deals trato",
    "accord|accord accords",
    "pact|pact pacts pacto pactos",
    "contract|contract contracts contrato contratos",
    "protocol|protocol protocols protocolo protocolos",
    "declaration|declaration declarations declaracion declaraciones",
    "alliance|alliance alianza",
    "ceasefire|ceasefire truce armisticio tregua",
  };

  static {
    for (String line : EVENTS) {
      String[] f = line.split("\\|", -1);
      for (String verb : f[1].trim().split("\\s+")) {
        if (!verb.isEmpty()) FORMS.putIfAbsent(verb, new Trigger(f[0], Kind.EVENT, Form.VERB));
      }
      for (String noun : f[2].trim().split("\\s+")) {
        if (!noun.isEmpty()) FORMS.putIfAbsent(noun, new Trigger(f[0], Kind.EVENT, Form.NOUN));
      }
    }
    for (String line : REPORTS) {
      String[] f = line.split("\\|");
      for (String verb : f[1].split("\\s+")) {
        FORMS.putIfAbsent(verb, new Trigger(f[0], Kind.REPORT, Form.VERB));
      }
    }
    for (String line : CATEGORY_TABLE) {
      String[] f = line.split("\\|");
      for (String noun : f[1].split("\\s+")) CATEGORIES.put(noun, f[0]);
    }
    // "memorándum" folds to "memorandum" already; "según" and "according to" frame reports.
    FORMS.put("segun", new Trigger("report", Kind.REPORT, Form.VERB));
  }

  private TriggerLexicon() {}

  /** The trigger a folded word form stands for, or null. */
  static Trigger trigger(String folded) {
    return FORMS.get(folded);
  }

  /** The canonical category of a folded noun ("memorando" -> memorandum), or null. */
  static String category(String folded) {
    return CATEGORIES.get(folded);
  }
}
