package io.creditlifecycle.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Stores maps and lists (worker results, FEEL contexts and lists) as JSON text, with Jackson.
 *
 * <p>Operaton's own JSON data format (operaton-spin-dataformat-json-jackson) is not served by Maven
 * Central at the engine's version (only 1.0.0, whose parent POM is missing), so this small serializer
 * takes its place for the one thing the models need: JSON objects and arrays as variables.
 * Whatever type name a client sends, the JSON is read back as plain maps, lists, strings, numbers and
 * booleans, never as an arbitrary class.
 */
public class JsonObjectSerializer extends AbstractObjectValueSerializer {
  public static final String FORMAT = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public JsonObjectSerializer() {
    super(FORMAT);
  }

  @Override
  public String getName() {
    return "credit-json";
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return value instanceof Map || value instanceof Collection;
  }

  @Override
  protected String getTypeNameForDeserialized(Object value) {
    return value instanceof Map ? "java.util.LinkedHashMap" : "java.util.ArrayList";
  }

  @Override
  protected byte[] serializeToByteArray(Object value) throws Exception {
    return MAPPER.writeValueAsBytes(value);
  }

  @Override
  protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
    return MAPPER.readValue(bytes, Object.class);
  }
}
