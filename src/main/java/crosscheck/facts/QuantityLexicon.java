package crosscheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for the quantity rules, English and Spanish: number words, scales, units, currencies,
 * qualifiers, and the words that show a number is a date, a time or an identifier. Immutable.
 */
final class QuantityLexicon {

  private QuantityLexicon() {}

  /** An immutable set that tolerates repeats in the lists below. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** A phrase of lower-cased tokens and what it stands for. */
  record Phrase(List<String> tokens, String meaning) {}

  // ---- number words ----------------------------------------------------------------------------

  static final Map<String, Integer> EN_SMALL = new HashMap<>();
  static final Map<String, Integer> ES_SMALL = new HashMap<>();
  /** Multipliers inside a number: hundred, dozen; ES hundreds are additive (doscientos). */
  static final Map<String, Double> EN_MULT = Map.of("hundred", 100.0, "dozen", 12.0);
  /** Scales that close a group: thousand, million... */
  static final Map<String, Double> EN_SCALE =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  static final Map<String, Double> ES_SCALE = new HashMap<>();

  static {
    String[] en = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"
    };
    for (int i = 0; i < en.length; i++) EN_SMALL.put(en[i], i);
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) EN_SMALL.put(tens[i], 20 + 10 * i);

    String[] es = {
      "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
      "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
      "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"
    };
    for (int i = 0; i < es.length; i++) ES_SMALL.put(es[i], i);
    ES_SMALL.put("dieciseis", 16);
    ES_SMALL.put("veintidos", 22);
    ES_SMALL.put("veintitres", 23);
    ES_SMALL.put("veintiseis", 26);
    ES_SMALL.put("veintiún", 21);
    ES_SMALL.put("veintiuna", 21);
    String[] esTens = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
    for (int i = 0; i < esTens.length; i++) ES_SMALL.put(esTens[i], 30 + 10 * i);
    ES_SMALL.put("cien", 100);
    ES_SMALL.put("ciento", 100);
    String[][] hundreds = {
      {"doscientos", "200"}, {"trescientos", "300"}, {"cuatrocientos", "400"},
      {"quinientos", "500"}, {"seiscientos", "600"}, {"setecientos", "700"},
      {"ochocientos", "800"}, {"novecientos", "900"}
    };
    for (String[] h : hundreds) {
      ES_SMALL.put(h[0], Integer.parseInt(h[1]));
      ES_SMALL.put(h[0].substring(0, h[0].length() - 2) + "as", Integer.parseInt(h[1]));
    }
    ES_SCALE.put("mil", 1e3);
    ES_SCALE.put("millón", 1e6);
    ES_SCALE.put("millon", 1e6);
    ES_SCALE.put("millones", 1e6);
    ES_SCALE.put("millardo", 1e9);
    ES_SCALE.put("millardos", 1e9);
    // Spanish billón is a million millions
    ES_SCALE.put("billón", 1e12);
    ES_SCALE.put("billon", 1e12);
    ES_SCALE.put("billones", 1e12);
  }

  /** Scale words after digits: "1.2 million", "30 millones", "5bn", "$4m". */
  static final Map<String, Double> EN_DIGIT_SCALE = new HashMap<>();
  static final Map<String, Double> ES_DIGIT_SCALE = new HashMap<>();
  /** Short scales that are also unit symbols or letters: scale only after money or before a count. */
  static final Set<String> AMBIGUOUS_SCALE = set("m", "k", "b");

  static {
    EN_DIGIT_SCALE.putAll(EN_SCALE);
    EN_DIGIT_SCALE.put("millions", 1e6);
    EN_DIGIT_SCALE.put("billions", 1e9);
    EN_DIGIT_SCALE.put("thousands", 1e3);
    EN_DIGIT_SCALE.put("bn", 1e9);
    EN_DIGIT_SCALE.put("mn", 1e6);
    EN_DIGIT_SCALE.put("mln", 1e6);
    EN_DIGIT_SCALE.put("tn", 1e12);
    EN_DIGIT_SCALE.put("trn", 1e12);
    EN_DIGIT_SCALE.put("m", 1e6);
    EN_DIGIT_SCALE.put("k", 1e3);
    EN_DIGIT_SCALE.put("b", 1e9);
    ES_DIGIT_SCALE.putAll(ES_SCALE);
    ES_DIGIT_SCALE.put("mm", 1e6);
    ES_DIGIT_SCALE.put("mdd", 1e6);
    ES_DIGIT_SCALE.put("mmdd", 1e9);
  }

  /** Vague plurals: "hundreds of" is 100–999. Value: the order of magnitude. */
  static final Map<String, Double> EN_VAGUE =
      Map.of("dozens", 12.0, "tens", 10.0, "scores", 20.0, "hundreds", 100.0,
          "thousands", 1e3, "millions", 1e6, "billions", 1e9);
  static final Map<String, Double> ES_VAGUE =
      Map.of("decenas", 10.0, "docenas", 12.0, "cientos", 100.0, "centenares", 100.0,
          "miles", 1e3, "millares", 1e3, "millones", 1e6);
  /** Spanish collective nouns after "un"/"una": "un centenar" is about 100. */
  static final Map<String, Double> ES_COLLECTIVE =
      Map.of("centenar", 100.0, "millar", 1000.0, "docena", 12.0, "decena", 10.0);

  // ---- units and currencies --------------------------------------------------------------------

  /** Unit phrases (lower-cased tokens) to canonical symbols; longest match wins. */
  static final List<Phrase> EN_UNITS = new ArrayList<>();
  static final List<Phrase> ES_UNITS = new ArrayList<>();
  /** Singular unit words used as hyphenated modifiers: "160-foot", "50-meter", "10-km". */
  static final Map<String, String> HYPHEN_UNITS = new HashMap<>();

  static {
    unit(EN_UNITS, "km", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer");
    unit(EN_UNITS, "m", "metres", "meters", "metre", "meter");
    unit(EN_UNITS, "cm", "cm", "centimetres", "centimeters", "centimetre", "centimeter");
    unit(EN_UNITS, "mm", "mm", "millimetres", "millimeters");
    unit(EN_UNITS, "mi", "miles", "mile", "mi");
    unit(EN_UNITS, "nmi", "nautical miles", "nautical mile");
    unit(EN_UNITS, "ft", "feet", "foot", "ft");
    unit(EN_UNITS, "in", "inches", "inch");
    unit(EN_UNITS, "yd", "yards", "yard");
    unit(EN_UNITS, "kg", "kg", "kilograms", "kilogrammes", "kilogram", "kilos", "kilo");
    unit(EN_UNITS, "g", "grams", "grammes", "gram");
    unit(EN_UNITS, "t", "tonnes", "tonne", "tons", "ton", "metric tons");
    unit(EN_UNITS, "lb", "lb", "lbs");
    unit(EN_UNITS, "ha", "hectares", "hectare", "ha");
    unit(EN_UNITS, "acre", "acres", "acre");
    unit(EN_UNITS, "km2", "square kilometres", "square kilometers", "sq km", "km 2", "km ²",
        "square kilometre", "square kilometer");
    unit(EN_UNITS, "m2", "square metres", "square meters", "sq m", "m 2", "m ²");
    unit(EN_UNITS, "ft2", "square feet", "sq ft");
    unit(EN_UNITS, "mi2", "square miles", "sq mi", "square mile");
    unit(EN_UNITS, "l", "litres", "liters", "litre", "liter");
    unit(EN_UNITS, "bbl", "barrels", "barrel");
    unit(EN_UNITS, "km/h", "km / h", "kph", "kilometres per hour", "kilometers per hour");
    unit(EN_UNITS, "mph", "mph", "miles per hour");
    unit(EN_UNITS, "kW", "kw", "kilowatts");
    unit(EN_UNITS, "MW", "mw", "megawatts");
    unit(EN_UNITS, "GW", "gw", "gigawatts");
    unit(EN_UNITS, "percent", "%", "percent", "per cent", "pct");
    unit(EN_UNITS, "pp", "percentage points", "percentage point");
    unit(EN_UNITS, "USD", "us dollars", "dollars", "dollar", "usd");
    unit(EN_UNITS, "EUR", "euros", "euro", "eur");
    // "pounds" in news is money far more often than weight; weight is written "lb"
    unit(EN_UNITS, "GBP", "pounds sterling", "pounds", "sterling", "gbp");
    unit(EN_UNITS, "JPY", "yen", "jpy");
    unit(EN_UNITS, "CNY", "yuan", "cny");
    unit(EN_UNITS, "INR", "rupees", "inr");
    unit(EN_UNITS, "RUB", "roubles", "rubles", "rub");

    unit(ES_UNITS, "km", "km", "kms", "kilómetros", "kilometros", "kilómetro", "kilometro");
    unit(ES_UNITS, "m", "metros", "metro");
    unit(ES_UNITS, "cm", "cm", "centímetros", "centimetros");
    unit(ES_UNITS, "mm", "mm", "milímetros", "milimetros");
    unit(ES_UNITS, "mi", "millas", "milla");
    unit(ES_UNITS, "nmi", "millas náuticas", "millas nauticas");
    unit(ES_UNITS, "ft", "pies", "ft");
    unit(ES_UNITS, "kg", "kg", "kilogramos", "kilogramo", "kilos", "kilo");
    unit(ES_UNITS, "g", "gramos", "gramo");
    unit(ES_UNITS, "t", "toneladas", "tonelada");
    unit(ES_UNITS, "ha", "hectáreas", "hectareas", "hectárea", "ha");
    unit(ES_UNITS, "km2", "kilómetros cuadrados", "kilometros cuadrados", "km 2", "km ²");
    unit(ES_UNITS, "m2", "metros cuadrados", "m 2", "m ²");
    unit(ES_UNITS, "l", "litros", "litro");
    unit(ES_UNITS, "bbl", "barriles", "barril");
    unit(ES_UNITS, "km/h", "km / h", "kilómetros por hora");
    unit(ES_UNITS, "MW", "mw", "megavatios");
    unit(ES_UNITS, "GW", "gw", "gigavatios");
    unit(ES_UNITS, "percent", "%", "por ciento", "por cien");
    unit(ES_UNITS, "pp", "puntos porcentuales", "punto porcentual");
    unit(ES_UNITS, "USD", "dólares estadounidenses", "dólares", "dolares", "dólar", "usd");
    unit(ES_UNITS, "EUR", "euros", "euro", "eur");
    unit(ES_UNITS, "GBP", "libras esterlinas", "libras", "gbp");
    unit(ES_UNITS, "JPY", "yenes");
    unit(ES_UNITS, "CNY", "yuanes");
    unit(ES_UNITS, "RUB", "rublos");
    unit(ES_UNITS, "BOB", "bolivianos", "bob");
    unit(ES_UNITS, "VES", "bolívares", "bolivares");
    unit(ES_UNITS, "pesos", "pesos");

    String[][] hyphen = {
      {"kilometre", "km"}, {"kilometer", "km"}, {"km", "km"}, {"metre", "m"}, {"meter", "m"},
      {"m", "m"}, {"centimetre", "cm"}, {"centimeter", "cm"}, {"mile", "mi"}, {"foot", "ft"},
      {"ft", "ft"}, {"inch", "in"}, {"yard", "yd"}, {"kilogram", "kg"}, {"kg", "kg"},
      {"kilo", "kg"}, {"tonne", "t"}, {"ton", "t"}, {"pound", "lb"}, {"hectare", "ha"},
      {"acre", "acre"}, {"litre", "l"}, {"liter", "l"}, {"megawatt", "MW"}, {"gigawatt", "GW"},
      {"percent", "percent"}
    };
    for (String[] h : hyphen) HYPHEN_UNITS.put(h[0], h[1]);
  }

  private static void unit(List<Phrase> list, String canonical, String... surfaces) {
    for (String s : surfaces) list.add(new Phrase(List.of(s.split(" ")), canonical));
  }

  /** Dimension and factor to the base unit of that dimension. */
  record Dimension(String name, double factor) {}

  static final Map<String, Dimension> DIMENSIONS = new HashMap<>();

  static {
    dim("length", "km", 1000, "m", 1, "cm", 0.01, "mm", 0.001, "mi", 1609.344, "nmi", 1852,
        "ft", 0.3048, "in", 0.0254, "yd", 0.9144);
    dim("mass", "kg", 1, "g", 0.001, "t", 1000, "lb", 0.45359237);
    dim("area", "km2", 1e6, "m2", 1, "ha", 1e4, "acre", 4046.856, "ft2", 0.092903,
        "mi2", 2.589988e6);
    dim("volume", "l", 1, "bbl", 158.987);
    dim("speed", "km/h", 1, "mph", 1.609344);
    dim("power", "kW", 1, "MW", 1e3, "GW", 1e6);
    dim("percent", "percent", 1);
    dim("pp", "pp", 1);
  }

  private static void dim(String name, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      DIMENSIONS.put((String) pairs[i], new Dimension(name, ((Number) pairs[i + 1]).doubleValue()));
    }
  }

  static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR", "₽", "RUB");
  /** Letters written before "$": "US$", "A$", "R$". */
  static final Map<String, String> DOLLAR_PREFIXES =
      Map.of("us", "USD", "a", "AUD", "au", "AUD", "c", "CAD", "ca", "CAD", "r", "BRL",
          "nz", "NZD", "hk", "HKD", "s", "SGD", "mex", "MXN");
  static final Set<String> CURRENCY_CODES =
      set("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "BRL", "MXN", "BOB",
          "VES", "ARS", "CLP", "COP", "PEN", "RUB", "ZAR", "NGN", "KES");

  static boolean isCurrency(String unit) {
    return unit != null && (CURRENCY_CODES.contains(unit) || unit.equals("pesos"));
  }

  // ---- qualifiers ------------------------------------------------------------------------------

  static final List<Phrase> EN_QUALIFIERS = new ArrayList<>();
  static final List<Phrase> ES_QUALIFIERS = new ArrayList<>();

  static {
    qual(EN_QUALIFIERS, "AT_LEAST", "at least", "no fewer than", "no less than", "not less than",
        "not fewer than", "a minimum of", "at a minimum");
    qual(EN_QUALIFIERS, "AT_MOST", "at most", "no more than", "not more than", "a maximum of");
    qual(EN_QUALIFIERS, "UP_TO", "up to", "as many as", "as much as", "as high as");
    qual(EN_QUALIFIERS, "MORE_THAN", "more than", "over", "above", "upwards of", "in excess of",
        "exceeding", "greater than", "higher than", "just over", "well over", "well above",
        "just above", "north of", "beyond");
    qual(EN_QUALIFIERS, "LESS_THAN", "less than", "fewer than", "under", "below", "just under",
        "just below", "lower than", "well under", "well below");
    qual(EN_QUALIFIERS, "APPROX", "about", "around", "roughly", "approximately", "approx",
        "approx .", "some", "nearly", "almost", "close to", "an estimated", "estimated", "circa",
        "approaching", "~", "around about", "just about", "an approximate");
    qual(ES_QUALIFIERS, "AT_LEAST", "al menos", "por lo menos", "como mínimo", "un mínimo de",
        "no menos de");
    qual(ES_QUALIFIERS, "AT_MOST", "como máximo", "a lo sumo", "un máximo de", "no más de");
    qual(ES_QUALIFIERS, "UP_TO", "hasta");
    qual(ES_QUALIFIERS, "MORE_THAN", "más de", "mas de", "poco más de", "por encima de",
        "superior a", "más de los", "más de las");
    qual(ES_QUALIFIERS, "LESS_THAN", "menos de", "poco menos de", "por debajo de", "inferior a");
    qual(ES_QUALIFIERS, "APPROX", "unos", "unas", "alrededor de", "cerca de", "casi",
        "aproximadamente", "aprox", "aprox .", "en torno a", "unos estimados", "alrededor de unos",
        "cerca de los", "cerca de las", "alrededor de los", "alrededor de las", "~");
  }

  private static void qual(List<Phrase> list, String qualifier, String... surfaces) {
    for (String s : surfaces) list.add(new Phrase(List.of(s.split(" ")), qualifier));
  }

  // ---- context words ---------------------------------------------------------------------------

  static final Set<String> EN_MONTHS =
      set("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec");
  static final Set<String> ES_MONTHS =
      set("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "setiembre", "octubre", "noviembre", "diciembre");
  static final Set<String> CLOCK_WORDS =
      set("am", "pm", "gmt", "bst", "utc", "et", "est", "edt", "cet", "cest", "pst", "pdt",
          "hrs", "o'clock", "h", "hs");
  /** Words before a number that make it a name or an index, not an amount. */
  static final Set<String> ID_NOUNS =
      set("page", "pages", "chapter", "section", "article", "articles", "resolution", "flight",
          "route", "room", "no", "nos", "number", "vol", "volume", "episode", "season", "phase",
          "grade", "round", "game", "group", "item", "line", "platform", "gate", "terminal",
          "highway", "clause", "paragraph", "amendment", "decree", "bill", "version", "level",
          "tier", "category", "figure", "fig", "table", "photo", "image", "slide", "step", "part",
          "track", "lot", "unit", "block", "suite", "box", "channel", "radio", "week", "day",
          "act", "rule", "form", "model", "series", "issue", "match", "stage", "heat", "lane",
          "question", "exhibit", "annex", "appendix", "schedule", "card", "ward", "district",
          "página", "páginas", "capítulo", "sección", "artículo", "artículos", "resolución",
          "vuelo", "ruta", "habitación", "número", "núm", "n", "nº", "ley", "decreto", "fase",
          "nivel", "categoría", "grado", "ronda", "temporada", "episodio", "cuadro", "tabla",
          "figura", "paso", "parte", "línea", "puerta", "andén", "lote", "unidad", "casilla",
          "cadena", "canal", "jornada", "partido", "grupo", "versión", "modelo", "serie", "anexo",
          "inciso", "numeral", "fracción", "expediente", "caso", "calle", "avenida", "km.");
  /** Prepositions before a bare 4-digit number that make it a year. */
  static final Set<String> YEAR_CONTEXT =
      set("in", "since", "by", "until", "till", "from", "during", "before", "after",
          "the", "year", "early", "late", "mid", "en", "desde", "de", "del", "hasta", "año",
          "durante", "antes", "después", "el", "para", "through", "fiscal");

  static final Set<String> EN_STOP =
      set("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
          "by", "from", "as", "was", "were", "is", "are", "be", "been", "being", "have", "has",
          "had", "will", "would", "could", "should", "can", "may", "might", "must", "who", "whom",
          "whose", "that", "which", "this", "these", "those", "it", "its", "they", "them", "their",
          "there", "than", "then", "said", "says", "say", "each", "per", "into", "onto", "over",
          "under", "about", "after", "before", "since", "during", "while", "when", "where", "if",
          "so", "not", "no", "more", "less", "fewer", "most", "least", "also", "all", "only",
          "out", "up", "down", "off", "between", "among", "against", "across", "through", "his",
          "her", "our", "your", "my", "we", "you", "he", "she", "i", "us", "do", "does", "did",
          "what", "how", "why", "other", "others", "another", "such", "both", "either", "neither",
          "including", "include", "includes", "like", "unlike", "via", "than", "whether", "yet",
          "still", "just", "even", "now", "ago", "later", "earlier", "last", "next", "this",
          "times", "plus", "minus", "versus", "vs", "against", "toward", "towards", "within",
          "without", "upon", "amid", "despite", "because", "although", "though", "until", "till",
          "per", "around", "some", "any", "many", "much", "few", "several", "own", "same");
  static final Set<String> ES_STOP =
      set("de", "del", "la", "el", "los", "las", "y", "e", "o", "u", "en", "que", "por",
          "para", "con", "a", "al", "se", "es", "son", "fue", "fueron", "ha", "han", "había",
          "habían", "un", "una", "unos", "unas", "su", "sus", "sin", "sobre", "entre", "hasta",
          "desde", "como", "más", "menos", "muy", "ya", "no", "lo", "le", "les", "este", "esta",
          "estos", "estas", "ese", "esa", "esos", "esas", "cada", "según", "tras", "durante",
          "mientras", "cuando", "donde", "pero", "sino", "también", "aunque", "porque", "está",
          "están", "estaba", "estaban", "era", "eran", "ser", "será", "serán", "sería", "todo",
          "todos", "todas", "otro", "otros", "otra", "otras", "mismo", "mismos", "hace", "dijo",
          "veces", "contra", "hacia", "ante", "bajo", "mediante");
  /** Irregular or uncountable English plurals that are counted heads. */
  static final Set<String> EN_PLURAL_HEADS =
      set("people", "children", "men", "women", "police", "personnel", "staff", "cattle",
          "feet", "teeth", "mice", "geese", "crew", "aircraft", "livestock", "sheep", "deer",
          "fish", "folk", "youth", "militia", "infantry", "clergy", "offspring", "spacecraft",
          "data", "media", "alumni", "criteria", "phenomena");
  /** Words after "one"/"a" that make it a pronoun or idiom, not a count. */
  static final Set<String> EN_ONE_IDIOMS =
      set("of", "another", "thing", "way", "hand", "side", "point", "time", "day", "more",
          "or", "who", "that", "which", "such", "in", "on", "at", "to", "and", "is", "was", "has",
          "had", "can", "could", "will", "would", "must", "should", "might", "may", "does", "did",
          "says", "said", "knows", "off", "another's", "last", "final", "too");
  /** Words before "one" that make it a pronoun: "the one", "no one", "every one". */
  static final Set<String> EN_ONE_DETERMINERS =
      set("the", "no", "any", "every", "each", "this", "that", "which", "what", "someone",
          "anyone", "only", "little", "big", "new", "old", "right", "wrong", "other", "same",
          "another", "last", "first", "next");
  /** Hyphenated words after a number that are not a counted noun. */
  static final Set<String> HYPHEN_NON_NOUNS =
      set("off", "on", "time", "way", "sided", "of", "up", "third", "thirds", "half",
          "quarter", "quarters", "fifth", "fifths", "and", "to", "or", "nil", "all", "point", "fold",
          "odd", "plus", "something", "year-old", "old", "in", "out", "back", "shot", "stop");
}
