package crosscheck.reuse;

import crosscheck.model.Span;
import crosscheck.text.Tokenizer;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * English sentences with Spanish translations, hard negatives and edited copies, written for the
 * translation tests, and the sentences built from them.
 */
final class TranslationPairs {
  private TranslationPairs() {}

  /** English sentences and their Spanish translations, written for this test. */
  static final String[][] TRANSLATIONS = {
    // sports
    {
      "Riverside United beat Harbor City 3-1 on Saturday to win the league title for the first"
          + " time in 12 years.",
      "El Riverside United venció al Harbor City por 3-1 el sábado y ganó el título de liga por"
          + " primera vez en 12 años."
    },
    {
      "Striker Tomás Ferrante scored twice in the second half before a crowd of 45,000 fans.",
      "El delantero Tomás Ferrante marcó dos goles en la segunda mitad ante 45.000 aficionados."
    },
    {
      "The coach said the team would play without its injured goalkeeper in the final next week.",
      "El entrenador dijo que el equipo jugará sin su portero lesionado en la final de la próxima"
          + " semana."
    },
    {
      "Kenyan runner Alice Wanjiru set a new world record of 2:14:05 in the Valdora marathon on"
          + " Sunday.",
      "La corredora keniana Alice Wanjiru estableció un nuevo récord mundial de 2:14:05 en el"
          + " maratón de Valdora el domingo."
    },
    {
      "The national basketball federation suspended the championship for two weeks because of the"
          + " storm.",
      "La federación nacional de baloncesto suspendió el campeonato durante dos semanas a causa de"
          + " la tormenta."
    },
    {
      "The club announced on Monday the signing of defender Marco Bellini for 18 million euros.",
      "El club anunció el lunes el fichaje del defensa Marco Bellini por 18 millones de euros."
    },
    {
      "Fans criticized the referee after the match ended in a 2-2 draw at Northfield stadium.",
      "Los aficionados criticaron al árbitro después de que el partido terminara con un empate 2-2"
          + " en el estadio de Northfield."
    },
    {
      "The cyclist won the fourth stage of the tour and took the overall lead.",
      "El ciclista ganó la cuarta etapa de la gira y tomó el liderato general."
    },
    // business
    {
      "Calloway Motors reported a net profit of 1.2 billion dollars in the third quarter, up 8"
          + " percent from a year earlier.",
      "Calloway Motors registró un beneficio neto de 1.200 millones de dólares en el tercer"
          + " trimestre, un 8 por ciento más que un año antes."
    },
    {
      "The company plans to cut 2,500 jobs and close two factories in the north of the country.",
      "La empresa planea recortar 2.500 empleos y cerrar dos fábricas en el norte del país."
    },
    {
      "Shares of Brightwell Bank fell 6 percent after the central bank raised interest rates.",
      "Las acciones del banco Brightwell cayeron un 6 por ciento después de que el banco central"
          + " subiera las tasas de interés."
    },
    {
      "Inflation rose to 4.7 percent in March, the highest level since 2008, the statistics"
          + " office said on Tuesday.",
      "La inflación subió al 4,7 por ciento en marzo, el nivel más alto desde 2008, informó el"
          + " martes la oficina de estadística."
    },
    {
      "The government approved a new tax on airline tickets to finance public transport.",
      "El gobierno aprobó un nuevo impuesto sobre los billetes de avión para financiar el"
          + " transporte público."
    },
    {
      "Nordvik Energy agreed to buy the Spanish solar company Solaria Verde for 900 million euros.",
      "Nordvik Energy acordó comprar la empresa solar española Solaria Verde por 900 millones de"
          + " euros."
    },
    {
      "Workers at the port began a strike on Wednesday to demand higher wages.",
      "Los trabajadores del puerto iniciaron una huelga el miércoles para exigir salarios más"
          + " altos."
    },
    {
      "Oil prices dropped to 71 dollars a barrel as demand weakened in Asia and Europe.",
      "Los precios del petróleo bajaron a 71 dólares por barril debido a que la demanda se debilitó"
          + " en Asia y Europa."
    },
    // weather
    {
      "Heavy rain caused flooding in the city of Portavella, where 300 residents were evacuated"
          + " on Thursday.",
      "Las fuertes lluvias causaron inundaciones en la ciudad de Portavella, donde 300 vecinos"
          + " fueron evacuados el jueves."
    },
    {
      "The weather service issued a red alert for strong winds of up to 120 kilometers per hour"
          + " along the coast.",
      "El servicio meteorológico emitió una alerta roja por vientos fuertes de hasta 120"
          + " kilómetros por hora a lo largo de la costa."
    },
    {
      "Temperatures will reach 41 degrees in the south on Friday, according to the forecast.",
      "Las temperaturas alcanzarán los 41 grados en el sur el viernes, según el pronóstico."
    },
    {
      "The drought has destroyed most of the harvest and farmers are asking the government for"
          + " help.",
      "La sequía ha destruido la mayor parte de la cosecha y los agricultores piden ayuda al"
          + " gobierno."
    },
    {
      "Firefighters controlled the forest fire after three days, but more than 2,000 hectares"
          + " burned.",
      "Los bomberos controlaron el incendio forestal después de tres días, pero ardieron más de"
          + " 2.000 hectáreas."
    },
    {
      "Snow closed several roads in the mountains and left thousands of homes without electricity.",
      "La nieve cerró varias carreteras en las montañas y dejó a miles de hogares sin"
          + " electricidad."
    },
    // politics and society
    {
      "Mayor Elena Varga promised to build 5,000 new homes before the end of her term.",
      "La alcaldesa Elena Varga prometió construir 5.000 viviendas nuevas antes del fin de su"
          + " mandato."
    },
    {
      "The health ministry confirmed 27 new cases of the virus in the province of Montelar.",
      "El ministerio de salud confirmó 27 nuevos casos del virus en la provincia de Montelar."
    },
    {
      "Police arrested two men suspected of smuggling drugs through the airport in October.",
      "La policía detuvo a dos hombres sospechosos de contrabando de drogas a través del"
          + " aeropuerto en octubre."
    },
  };

  /**
   * Hard negatives: same names, numbers and topic as a translation pair above, but a different
   * statement (an English sentence and a Spanish one that does not translate it).
   */
  static final String[][] HARD_NEGATIVES = {
    {
      "Riverside United beat Harbor City 3-1 on Saturday to win the league title for the first"
          + " time in 12 years.",
      "El Riverside United despidió a su entrenador el sábado tras perder 3-1 contra el Harbor"
          + " City, su peor derrota en 12 años."
    },
    {
      "Striker Tomás Ferrante scored twice in the second half before a crowd of 45,000 fans.",
      "Tomás Ferrante se lesionó en la segunda mitad y no jugará ante los 45.000 aficionados del"
          + " estadio."
    },
    {
      "Calloway Motors reported a net profit of 1.2 billion dollars in the third quarter, up 8"
          + " percent from a year earlier.",
      "Calloway Motors anunció una pérdida de 1.200 millones de dólares y el despido del 8 por"
          + " ciento de su plantilla."
    },
    {
      "The company plans to cut 2,500 jobs and close two factories in the north of the country.",
      "La empresa contratará a 2.500 trabajadores y abrirá dos fábricas en el norte del país."
    },
    {
      "Inflation rose to 4.7 percent in March, the highest level since 2008, the statistics"
          + " office said on Tuesday.",
      "El desempleo bajó al 4,7 por ciento en marzo, su nivel más bajo desde 2008."
    },
    {
      "Nordvik Energy agreed to buy the Spanish solar company Solaria Verde for 900 million euros.",
      "Solaria Verde rechazó la oferta de 900 millones de euros de Nordvik Energy por considerarla"
          + " demasiado baja."
    },
    {
      "Heavy rain caused flooding in the city of Portavella, where 300 residents were evacuated"
          + " on Thursday.",
      "Portavella recibió el jueves ayuda del gobierno para reparar 300 casas dañadas por el"
          + " terremoto."
    },
    {
      "Temperatures will reach 41 degrees in the south on Friday, according to the forecast.",
      "El viernes murieron dos personas en el sur por el calor de 41 grados."
    },
    {
      "Mayor Elena Varga promised to build 5,000 new homes before the end of her term.",
      "La oposición acusó a la alcaldesa Elena Varga de no construir las 5.000 viviendas"
          + " prometidas."
    },
    {
      "The health ministry confirmed 27 new cases of the virus in the province of Montelar.",
      "Un hospital de la provincia de Montelar cerró sus puertas después de que 27 médicos"
          + " renunciaran."
    },
    {
      "Police arrested two men suspected of smuggling drugs through the airport in October.",
      "En octubre, dos hombres escaparon de la cárcel del aeropuerto sin que la policía lo"
          + " impidiera."
    },
    {
      "Shares of Brightwell Bank fell 6 percent after the central bank raised interest rates.",
      "El banco central de Brightwell decidió mantener las tasas de interés en el 6 por ciento."
    },
  };

  /** Translations with a number changed: an edited copy, not a faithful translation. */
  static final String[][] CHANGED_NUMBERS = {
    {
      "Workers at the port began a strike on Wednesday to demand higher wages.",
      "Los 400 trabajadores del puerto iniciaron una huelga el miércoles para exigir salarios más"
          + " altos."
    },
    {
      "Oil prices dropped to 71 dollars a barrel as demand weakened in Asia and Europe.",
      "Los precios del petróleo bajaron a 76 dólares por barril debido a que la demanda se"
          + " debilitó en Asia y Europa."
    },
    {
      "Inflation rose to 4.7 percent in March, the highest level since 2008, the statistics"
          + " office said on Tuesday.",
      "La inflación subió al 5,7 por ciento en marzo, el nivel más alto desde 2009, informó el"
          + " martes la oficina de estadística."
    },
  };

  /** A standalone sentence (offsets from 0) of the given language, tokenised. */
  static SentenceText sentence(String text, String language) {
    return new SentenceText(
        text,
        0,
        text.length(),
        language,
        new Tokenizer().tokenize(text, new Span(0, text.length()), language));
  }

  static SentenceText en(String text) {
    return sentence(text, "en");
  }

  static SentenceText es(String text) {
    return sentence(text, "es");
  }

  /** Each pair as the two arguments (English, Spanish) of a parameterized test. */
  static Stream<Arguments> arguments(String[][] pairs) {
    return Arrays.stream(pairs).map(pair -> Arguments.of(pair[0], pair[1]));
  }
}
