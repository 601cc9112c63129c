package org.ailandscape.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas an analyst's editor uses agree with the data and with the loader: every file of
 * data/ names its schema and validates against it, and the schema refuses a misspelt field too.
 */
class DataSchemaTest {

    private static final Path DATA = Path.of("data");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schemaOf(JsonNode data) {
        String reference = data.get("$schema").asString();
        // The schemas ship on the classpath with the data (data/schema/); relative $refs resolve there too.
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:data/" + reference));
    }

    @ParameterizedTest
    @EnumSource(DataFile.class)
    void eachFileValidatesAgainstTheSchemaItNames(DataFile file) throws Exception {
        JsonNode data = JSON.readTree(Files.readString(DATA.resolve(file.fileName())));
        assertThat(data.get("$schema").asString()).isEqualTo("schema/" + file.fileName().replace(".json", ".schema.json"));
        List<Error> errors = schemaOf(data).validate(data);
        assertThat(errors).as(file.fileName()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DataFile.class)
    void theSchemaRefusesAnUnknownField(DataFile file) throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(Files.readString(DATA.resolve(file.fileName())));
        data.put("unexpectedField", true);
        assertThat(schemaOf(data).validate(data)).isNotEmpty();
    }
}
