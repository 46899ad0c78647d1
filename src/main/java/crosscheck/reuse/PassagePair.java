package crosscheck.reuse;

import crosscheck.model.Edit;
import java.util.List;

/**
 * A reused passage pair as stages pass it on, before speakers, families and direction are added.
 */
public record PassagePair(
    String aDoc,
    int aStart,
    int aEnd,
    String aText,
    String bDoc,
    int bStart,
    int bEnd,
    String bText,
    String kind,
    double score,
    List<Edit> edits) {}
