package crosscheck.facts;

import crosscheck.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that say which country, region or international body a phrase stands for: country names in
 * English and Spanish from {@link Locale}, demonyms of the most newsworthy countries, capitals
 * (metonymy: "Tehran said" means Iran), regions and a few international organisations. Immutable
 * after class initialisation, so thread-safe.
 */
final class ActorGazetteer {

  /**
   * What a gazetteer phrase stands for; {@code lowercaseOk} for Spanish adjectives ("boliviano"),
   * {@code demonym} for adjectives that name a country inside an organisation's name.
   */
  record Entry(String key, String type, boolean lowercaseOk, boolean demonym) {}

  private static final Map<String, Entry> PHRASES = new HashMap<>();
  // Every proper prefix of a multiword phrase, so lookups stop as soon as no name can continue.
  private static final Set<String> PREFIXES = new java.util.HashSet<>();
  private static int maxWords = 1;

  // code|English demonyms|Spanish masculine singular forms (feminine and plurals are derived).
  private static final String[] DEMONYMS = {
    "US|American,U.S.|estadounidense,norteamericano",
    "CA|Canadian|canadiense",
    "MX|Mexican|mexicano",
    "GT|Guatemalan|guatemalteco",
    "HN|Honduran|hondureño",
    "SV|Salvadoran,Salvadorean|salvadoreño",
    "NI|Nicaraguan|nicaragüense",
    "CR|Costa Rican|costarricense",
    "PA|Panamanian|panameño",
    "CU|Cuban|cubano",
    "DO|Dominican|dominicano",
    "HT|Haitian|haitiano",
    "CO|Colombian|colombiano",
    "VE|Venezuelan|venezolano",
    "EC|Ecuadorian,Ecuadoran|ecuatoriano",
    "PE|Peruvian|peruano",
    "BO|Bolivian|boliviano",
    "CL|Chilean|chileno",
    "AR|Argentine,Argentinian|argentino",
    "UY|Uruguayan|uruguayo",
    "PY|Paraguayan|paraguayo",
    "BR|Brazilian|brasileño",
    "GB|British|británico",
    "IE|Irish|irlandés",
    "FR|French|francés",
    "DE|German|alemán",
    "IT|Italian|italiano",
    "ES|Spanish|español",
    "PT|Portuguese|portugués",
    "NL|Dutch|neerlandés,holandés",
    "BE|Belgian|belga",
    "CH|Swiss|suizo",
    "AT|Austrian|austriaco",
    "SE|Swedish|sueco",
    "NO|Norwegian|noruego",
    "DK|Danish|danés",
    "FI|Finnish|finlandés",
    "PL|Polish|polaco",
    "UA|Ukrainian|ucraniano",
    "RU|Russian|ruso",
    "BY|Belarusian|bielorruso",
    "GR|Greek|griego",
    "TR|Turkish|turco",
    "IL|Israeli|israelí",
    "PS|Palestinian|palestino",
    "LB|Lebanese|libanés",
    "SY|Syrian|sirio",
    "IQ|Iraqi|iraquí",
    "IR|Iranian|iraní",
    "SA|Saudi|saudí,saudita",
    "AE|Emirati|emiratí",
    "QA|Qatari|catarí,qatarí",
    "YE|Yemeni|yemení",
    "JO|Jordanian|jordano",
    "EG|Egyptian|egipcio",
    "LY|Libyan|libio",
    "TN|Tunisian|tunecino",
    "DZ|Algerian|argelino",
    "MA|Moroccan|marroquí",
    "SD|Sudanese|sudanés",
    "ET|Ethiopian|etíope",
    "KE|Kenyan|keniano,keniata",
    "NG|Nigerian|nigeriano",
    "ZA|South African|sudafricano",
    "AF|Afghan|afgano",
    "PK|Pakistani|pakistaní",
    "IN|Indian|",
    "CN|Chinese|chino",
    "JP|Japanese|japonés",
    "KR|South Korean|surcoreano",
    "KP|North Korean|norcoreano",
    "TW|Taiwanese|taiwanés",
    "VN|Vietnamese|vietnamita",
    "TH|Thai|tailandés",
    "ID|Indonesian|indonesio",
    "PH|Filipino,Philippine|filipino",
    "MY|Malaysian|malasio",
    "AU|Australian|australiano",
    "NZ||neozelandés",
  };

  // code|capital names in English and Spanish: "Tehran said" speaks for Iran.
  private static final String[] CAPITALS = {
    "IR|Tehran,Teherán",
    "BO|La Paz,Sucre",
    "VE|Caracas",
    "AR|Buenos Aires",
    "BR|Brasilia,Brasília",
    "CL|Santiago de Chile",
    "PE|Lima",
    "CO|Bogota,Bogotá",
    "EC|Quito",
    "UY|Montevideo",
    "PY|Asuncion,Asunción",
    "CU|Havana,La Habana",
    "NI|Managua",
    "MX|Mexico City,Ciudad de México",
    "US|Washington",
    "CA|Ottawa",
    "GB|London,Londres",
    "FR|Paris,París",
    "DE|Berlin,Berlín",
    "ES|Madrid",
    "IT|Rome,Roma",
    "PT|Lisbon,Lisboa",
    "BE|Brussels,Bruselas",
    "RU|Moscow,Moscú",
    "UA|Kyiv,Kiev",
    "BY|Minsk",
    "PL|Warsaw,Varsovia",
    "TR|Ankara",
    "LB|Beirut",
    "SY|Damascus,Damasco",
    "IQ|Baghdad,Bagdad",
    "SA|Riyadh,Riad",
    "AE|Abu Dhabi",
    "QA|Doha",
    "YE|Sanaa",
    "JO|Amman,Ammán",
    "EG|Cairo,El Cairo",
    "DZ|Algiers,Argel",
    "MA|Rabat",
    "SD|Khartoum,Jartum",
    "ET|Addis Ababa",
    "KE|Nairobi",
    "NG|Abuja",
    "ZA|Pretoria",
    "AF|Kabul",
    "PK|Islamabad",
    "IN|New Delhi,Nueva Delhi",
    "CN|Beijing,Pekín",
    "JP|Tokyo,Tokio",
    "KR|Seoul,Seúl",
    "KP|Pyongyang",
    "TW|Taipei",
    "VN|Hanoi",
    "TH|Bangkok",
    "ID|Jakarta,Yakarta",
    "PH|Manila",
    "AU|Canberra",
    "MY|Kuala Lumpur",
    "DO|Santo Domingo",
    "HT|Port-au-Prince",
    "GT|Guatemala City",
    "HN|Tegucigalpa",
    "SV|San Salvador",
    "PA|Panama City",
    "IE|Dublin",
    "AT|Vienna,Viena",
    "CH|Bern,Berna",
    "SE|Stockholm,Estocolmo",
    "NO|Oslo",
    "DK|Copenhagen,Copenhague",
    "FI|Helsinki",
    "GR|Athens,Atenas",
    "NL|Amsterdam,The Hague",
    "IL|Tel Aviv",
  };

  // Other names of countries that Locale does not give.
  private static final String[] COUNTRY_ALIASES = {
    "US|U.S.,US,USA,U.S.A.,America,EE.UU.,EEUU,EE. UU.",
    "GB|UK,U.K.,Britain,Great Britain,Gran Bretaña",
    "IR|Islamic Republic,República Islámica",
    "NL|Holland,Holanda",
    "CI|Ivory Coast,Costa de Marfil",
    "MM|Burma,Birmania",
    "CZ|Czech Republic,República Checa",
    "KP|DPRK",
    "PS|Palestine,Palestina",
    "VA|Vatican,Vaticano",
    "CD|Democratic Republic of the Congo,DRC,DR Congo",
    "AE|UAE,United Arab Emirates,Emiratos Árabes Unidos",
    "TR|Türkiye",
  };

  // canonical|names: regions are places, not countries.
  private static final String[] REGIONS = {
    "latin america|Latin America,Latin American,América"
        + " Latina,Latinoamérica,latinoamericano,Iberoamérica",
    "south america|South America,South American,Sudamérica,Suramérica,América del"
        + " Sur,sudamericano,suramericano",
    "central america|Central America,Central American,Centroamérica,centroamericano",
    "north america|North America,North American,Norteamérica,América del Norte",
    "caribbean|Caribbean,Caribe,caribeño",
    "middle east|Middle East,Middle Eastern,Oriente Medio,Medio Oriente,Oriente Próximo",
    "western hemisphere|Western Hemisphere,Hemisferio Occidental",
    "europe|Europe,European,Europa,europeo",
    "africa|Africa,African,África,africano",
    "asia|Asia,Asian,asiático",
    "persian gulf|Persian Gulf,Golfo Pérsico",
    "gaza|Gaza,Gaza Strip,Franja de Gaza",
    "west bank|West Bank,Cisjordania",
    "crimea|Crimea",
    "balkans|Balkans,Balcanes",
  };

  private static final String[] ORGANISATIONS = {
    "united nations|United Nations,UN,U.N.,Naciones Unidas,ONU",
    "european union|European Union,EU,E.U.,Unión Europea,UE",
    "nato|NATO,OTAN",
    "organization of american states|Organization of American States,OAS,OEA,Organización de los"
        + " Estados Americanos",
  };

  static {
    Locale spanish = Locale.forLanguageTag("es");
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (String name :
          List.of(country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(spanish))) {
        for (String variant : localeVariants(name)) {
          put(variant, "country:" + code, "country", false);
        }
      }
    }
    for (String line : COUNTRY_ALIASES) {
      String[] f = line.split("\\|");
      for (String name : f[1].split(",")) {
        put(name, "country:" + f[0], "country", false);
      }
    }
    for (String line : CAPITALS) {
      String[] f = line.split("\\|");
      for (String name : f[1].split(",")) {
        put(name, "country:" + f[0], "country", false);
      }
    }
    for (String line : DEMONYMS) {
      String[] f = line.split("\\|", -1);
      String key = "country:" + f[0];
      for (String demonym : f[1].split(",")) {
        if (demonym.isEmpty()) continue;
        put(demonym, key, "country", false, true);
        // Plural nouns: "Iranians", "Israelis".
        if (demonym.endsWith("n") || demonym.endsWith("i"))
          put(demonym + "s", key, "country", false);
      }
      for (String adjective : f[2].split(",")) {
        if (adjective.isEmpty()) continue;
        for (String form : spanishInflections(adjective)) put(form, key, "country", true, true);
      }
    }
    for (String line : REGIONS) {
      String[] f = line.split("\\|");
      for (String name : f[1].split(",")) {
        put(name, "place:" + f[0], "place", Character.isLowerCase(name.charAt(0)));
      }
    }
    for (String line : ORGANISATIONS) {
      String[] f = line.split("\\|");
      for (String name : f[1].split(",")) put(name, "org:" + f[0], "org", false);
    }
  }

  private ActorGazetteer() {}

  /** The entry for a phrase already reduced by {@link #phrase}, or null. */
  static Entry lookup(String phrase) {
    return PHRASES.get(phrase);
  }

  static int maxWords() {
    return maxWords;
  }

  /** Whether some multiword phrase starts with these words (already reduced). */
  static boolean isPrefix(String phrase) {
    return PREFIXES.contains(phrase);
  }

  /** The lookup form of words: folded, dots and hyphens dropped, single spaces. */
  static String phrase(String words) {
    String folded = Folding.fold(words).replace(".", " ").replace("’", "'").replaceAll("[-–]", " ");
    return folded.trim().replaceAll("\\s+", " ");
  }

  private static void put(String name, String key, String type, boolean lowercaseOk) {
    put(name, key, type, lowercaseOk, false);
  }

  private static void put(
      String name, String key, String type, boolean lowercaseOk, boolean demonym) {
    String phrase = phrase(name);
    // Acronyms written with dots ("U.S.") reduce to letters separated by spaces: join them.
    if (name.matches("(?:\\p{L}{1,2}\\.\\s?)+")) phrase = phrase.replace(" ", "");
    if (phrase.isEmpty()) return;
    Entry entry = new Entry(key, type, lowercaseOk, demonym);
    // Demonyms win over other names of the same form ("U.S." is both).
    if (demonym) PHRASES.put(phrase, entry);
    else PHRASES.putIfAbsent(phrase, entry);
    String[] words = phrase.split(" ");
    maxWords = Math.max(maxWords, words.length);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < words.length - 1; i++) {
      if (i > 0) prefix.append(' ');
      PREFIXES.add(prefix.append(words[i]).toString());
    }
  }

  /** "Congo - Kinshasa" -> "Congo - Kinshasa", "Congo"; "Myanmar (Burma)" -> "Myanmar", "Burma". */
  private static Set<String> localeVariants(String name) {
    Set<String> variants = new java.util.LinkedHashSet<>();
    String plain = name.replace("&", "and").replace("St.", "Saint");
    variants.add(plain);
    variants.add(name.replace(" & ", " y "));
    int paren = plain.indexOf(" (");
    if (paren > 0) {
      variants.add(plain.substring(0, paren));
      variants.add(plain.substring(paren + 2, plain.length() - 1));
    }
    int dash = plain.indexOf(" - ");
    if (dash > 0 && !plain.startsWith("Congo")) variants.add(plain.substring(0, dash));
    if (plain.endsWith(" SAR China")) variants.add(plain.substring(0, plain.length() - 10));
    if (plain.startsWith("RAE de ")) variants.add(plain.substring(7).replaceAll(" \\(.*", ""));
    return variants;
  }

  /** Spanish adjective forms from the masculine singular: "boliviano" -> bolivian[oa]s?. */
  private static Set<String> spanishInflections(String masculine) {
    String f = Folding.fold(masculine);
    if (f.endsWith("o")) {
      String stem = f.substring(0, f.length() - 1);
      return Set.of(f, stem + "a", stem + "os", stem + "as");
    }
    if (f.endsWith("i")) {
      return Set.of(f, f + "es", f + "s");
    }
    if (f.endsWith("e") || f.endsWith("a")) {
      return Set.of(f, f + "s");
    }
    // Consonant endings: "francés" -> frances, francesa, franceses, francesas.
    return Set.of(f, f + "a", f + "es", f + "as");
  }
}
