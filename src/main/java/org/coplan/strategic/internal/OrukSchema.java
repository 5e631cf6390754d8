package org.coplan.strategic.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Open Referral UK JSON schema the local offer is checked against, on the way in (each service
 * record of an imported file) and on the way out (the public API's pages). The schema files are
 * kept in {@code src/main/resources/strategic/oruk/}; docs/local-offer.md says where they come from.
 * Formats (uuid, uri, email, date-time) are checked, not only noted.
 */
@Component
public class OrukSchema {

    private final Schema service;
    private final Schema page;

    public OrukSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.service = registry.getSchema(SchemaLocation.of("classpath:strategic/oruk/service_list.json"));
        this.page = registry.getSchema(SchemaLocation.of("classpath:strategic/oruk/page.json"));
    }

    /** What is wrong with one service record, in the validator's words with where; empty when it passes. */
    public List<String> problemsWithService(JsonNode record) {
        return words(service.validate(record));
    }

    /** What is wrong with one page of the services list; empty when it passes. */
    public List<String> problemsWithPage(JsonNode page) {
        return words(this.page.validate(page));
    }

    private static List<String> words(List<Error> errors) {
        return errors.stream().map(OrukSchema::plain).distinct().toList();
    }

    /** The validator's message with the field it is about in front, without the JSON path's "$." marks. */
    private static String plain(Error e) {
        String where = String.valueOf(e.getInstanceLocation()).replaceFirst("^[$/.]+", "");
        String message = e.getMessage().replaceFirst("^\\$[^:]*:\\s*", "");
        return where.isEmpty() ? message : where + ": " + message;
    }
}
