package crosscheck.spark;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Converts Java records to Spark rows and back. {@code Encoders.bean} sees no getters on a record
 * (empty schema), so the schema is derived from the record components instead (see
 * ../shared/design/NOTES.md §2). Supported component types: String, int, long, double, boolean (and
 * boxes), enums (as their name), nested records, and {@code List} of any of these.
 */
public final class RecordCodec {

  private static final Map<Class<?>, StructType> SCHEMAS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Accessors> ACCESSORS = new ConcurrentHashMap<>();

  private RecordCodec() {}

  /** The Spark schema of a record class. */
  public static StructType schema(Class<? extends Record> type) {
    // Not computeIfAbsent: deriving a schema recurses into nested records, and a recursive
    // computeIfAbsent on one ConcurrentHashMap fails ("Recursive update").
    StructType schema = SCHEMAS.get(type);
    if (schema == null) {
      schema = deriveSchema(type);
      SCHEMAS.putIfAbsent(type, schema);
    }
    return schema;
  }

  /** A record as a row of {@link #schema(Class)}. */
  public static Row toRow(Record record) {
    Accessors acc = accessors(record.getClass());
    Object[] values = new Object[acc.getters.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = toSpark(invoke(acc.getters[i], record), acc.types[i]);
    }
    return RowFactory.create(values);
  }

  /** A row of {@link #schema(Class)} (matched by position) as a record. */
  public static <T extends Record> T fromRow(Row row, Class<T> type) {
    Accessors acc = accessors(type);
    Object[] args = new Object[acc.getters.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = fromSpark(row.isNullAt(i) ? null : row.get(i), acc.types[i]);
    }
    try {
      return type.cast(acc.constructor.newInstance(args));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName() + " from a row", e);
    }
  }

  private static StructType deriveSchema(Class<?> type) {
    List<StructField> fields = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      boolean primitive = c.getType().isPrimitive();
      fields.add(
          DataTypes.createStructField(c.getName(), sparkType(c.getGenericType()), !primitive));
    }
    return DataTypes.createStructType(fields);
  }

  @SuppressWarnings("unchecked")
  private static DataType sparkType(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return DataTypes.createArrayType(sparkType(p.getActualTypeArguments()[0]), true);
    }
    Class<?> c = (Class<?>) type;
    if (c == float[].class) return DataTypes.createArrayType(DataTypes.FloatType, false);
    if (c == String.class || c.isEnum()) return DataTypes.StringType;
    if (c == int.class || c == Integer.class) return DataTypes.IntegerType;
    if (c == long.class || c == Long.class) return DataTypes.LongType;
    if (c == double.class || c == Double.class) return DataTypes.DoubleType;
    if (c == boolean.class || c == Boolean.class) return DataTypes.BooleanType;
    if (c.isRecord()) return schema((Class<? extends Record>) c);
    throw new IllegalArgumentException("unsupported record component type " + type);
  }

  private static Object toSpark(Object value, Type type) {
    if (value == null) return null;
    if (value instanceof Record r) return toRow(r);
    if (value instanceof Enum<?> e) return e.name();
    if (value instanceof float[] floats) {
      Object[] out = new Object[floats.length];
      for (int i = 0; i < out.length; i++) out[i] = floats[i];
      return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(out)).toSeq();
    }
    if (value instanceof List<?> list) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      Object[] out = new Object[list.size()];
      for (int i = 0; i < out.length; i++) out[i] = toSpark(list.get(i), element);
      return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(out)).toSeq();
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromSpark(Object value, Type type) {
    if (value == null) return null;
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type element = p.getActualTypeArguments()[0];
      List<?> in =
          value instanceof scala.collection.Seq<?> seq
              ? scala.jdk.javaapi.CollectionConverters.asJava(seq)
              : value instanceof List<?> l ? l : java.util.Arrays.asList((Object[]) value);
      List<Object> out = new ArrayList<>(in.size());
      for (Object o : in) out.add(fromSpark(o, element));
      return java.util.Collections.unmodifiableList(out);
    }
    Class<?> c = (Class<?>) type;
    if (c == float[].class) {
      List<?> in =
          value instanceof scala.collection.Seq<?> seq
              ? scala.jdk.javaapi.CollectionConverters.asJava(seq)
              : java.util.Arrays.asList((Object[]) value);
      float[] out = new float[in.size()];
      for (int i = 0; i < out.length; i++) out[i] = ((Number) in.get(i)).floatValue();
      return out;
    }
    if (c.isRecord()) return fromRow((Row) value, (Class<? extends Record>) c);
    if (c.isEnum()) return Enum.valueOf((Class<? extends Enum>) c, (String) value);
    return value;
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + getter.getName(), e);
    }
  }

  private static Accessors accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, Accessors::of);
  }

  private record Accessors(Method[] getters, Type[] types, Constructor<?> constructor) {
    static Accessors of(Class<?> type) {
      if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
      RecordComponent[] components = type.getRecordComponents();
      Method[] getters = new Method[components.length];
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        getters[i] = components[i].getAccessor();
        getters[i].setAccessible(true);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        Constructor<?> ctor = type.getDeclaredConstructor(raw);
        ctor.setAccessible(true);
        return new Accessors(getters, types, ctor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor on " + type, e);
      }
    }
  }
}
