package crosscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.model.DocumentMeta;
import crosscheck.model.DocumentSummary;
import crosscheck.model.DroppedSpan;
import crosscheck.model.Paragraph;
import crosscheck.model.SegmentedDocument;
import crosscheck.model.Sentence;
import crosscheck.model.SourceDocument;
import crosscheck.model.Token;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  @Test
  void schemaFollowsRecordComponentsInOrder() {
    StructType schema = RecordCodec.schema(Token.class);
    assertEquals(List.of("start", "end", "norm"), Arrays.asList(schema.fieldNames()));
    assertEquals(DataTypes.IntegerType, schema.apply("start").dataType());
    assertEquals(false, schema.apply("start").nullable());
    assertEquals(true, schema.apply("norm").nullable());
  }

  @Test
  void nestedRecordsAndListsRoundTrip() {
    SegmentedDocument doc =
        new SegmentedDocument(
            "a/b",
            "Hello world. Hola.",
            new DocumentMeta("Outlet", null, "2021-07", "Title", null),
            List.of("en", "es"),
            List.of(new Paragraph(0, 0, 18, "en", "body", null)),
            List.of(
                new Sentence(
                    0,
                    0,
                    0,
                    12,
                    "en",
                    true,
                    List.of(new Token(0, 5, "hello"), new Token(6, 11, "world")))));
    Row row = RecordCodec.toRow(doc);
    assertEquals(doc, RecordCodec.fromRow(row, SegmentedDocument.class));
  }

  record Vector(String id, float[] values) {}

  @Test
  void floatArraysRoundTripAsNonNullFloatArrays() {
    StructType schema = RecordCodec.schema(Vector.class);
    assertEquals(
        DataTypes.createArrayType(DataTypes.FloatType, false), schema.apply("values").dataType());
    Vector v = new Vector("u", new float[] {0.25f, -1f, 3.5f});
    Vector back = RecordCodec.fromRow(RecordCodec.toRow(v), Vector.class);
    assertEquals("u", back.id());
    org.junit.jupiter.api.Assertions.assertArrayEquals(v.values(), back.values());
  }

  @Test
  void nullsAndEmptyListsSurvive() {
    SourceDocument rejected =
        new SourceDocument(
            "x",
            "file:/x.txt",
            "txt",
            0,
            "rejected",
            "empty document",
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());
    assertEquals(rejected, RecordCodec.fromRow(RecordCodec.toRow(rejected), SourceDocument.class));
    DocumentSummary summary =
        new DocumentSummary(
            "d",
            List.of(),
            null,
            1,
            2,
            1,
            List.of(new DroppedSpan(0, 3, "teaser", "appended teaser", "abc")));
    DocumentSummary back = RecordCodec.fromRow(RecordCodec.toRow(summary), DocumentSummary.class);
    assertNull(back.meta());
    assertEquals(summary, back);
  }
}
