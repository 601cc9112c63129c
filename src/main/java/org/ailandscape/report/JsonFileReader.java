package org.ailandscape.report;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads one data file into its record, strictly: unknown fields, duplicate keys, trailing content and
 * quoted numbers are refused. A failure becomes a {@link DataProblem} in an analyst's words.
 */
final class JsonFileReader {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // ...and no number or true/false where text belongs (Jackson would quietly make "42" of 42).
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private JsonFileReader() {}

    /** The parsed record, or null with the problem added to {@code problems}. */
    static <T> @Nullable T read(String fileName, byte[] bytes, Class<T> type, List<DataProblem> problems) {
        if (isBlank(bytes)) {
            problems.add(DataProblem.at(fileName, "$", "the file is empty"));
            return null;
        }
        try {
            return STRICT.readValue(bytes, type);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(new DataProblem(fileName, path(e), "not valid JSON: " + firstLine(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(new DataProblem(fileName, path(e), reason(e),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) return false;
        }
        return true;
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) path.append('.').append(ref.getPropertyName());
            else if (ref.getIndex() >= 0) path.append('[').append(ref.getIndex()).append(']');
        }
        return path.toString();
    }

    private static String reason(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String allowed = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).filter(n -> !n.startsWith("$")).sorted().collect(Collectors.joining(", "));
            return "unknown field \"" + unknown.getPropertyName() + "\"" + (allowed.isEmpty() ? "" : " (allowed here: " + allowed + ")");
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return "unknown type \"" + typeId.getTypeId() + "\"";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "\"" + format.getValue() + "\" is not one of: " + enumValues(target);
            }
            if (!(format.getValue() instanceof String)) return "expected " + describe(target) + ", found " + format.getValue();
            return "\"" + format.getValue() + "\" is not " + describe(target);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) return "expected one of: " + enumValues(target);
            return "expected " + describe(target);
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> {
                    try {
                        var json = enumType.getField(((Enum<?>) c).name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return json != null ? json.value() : c.toString();
                    } catch (NoSuchFieldException ex) {
                        return c.toString();
                    }
                })
                .collect(Collectors.joining(", "));
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) return "of the expected type";
        if (type == Double.class || type == double.class || type == Integer.class || type == int.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a text (in quotes)";
        if (List.class.isAssignableFrom(type)) return "a list [ … ]";
        return "an object { … }";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) return "unreadable";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
