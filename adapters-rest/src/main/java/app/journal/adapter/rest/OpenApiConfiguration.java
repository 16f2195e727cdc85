package app.journal.adapter.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every operation also lists the RFC 9457 problem
 * shape for the errors it can answer with, so clients can generate their error handling too.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI journalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Journal API").version("1")
                        .description("Journal entries, accounts and sessions. Errors are RFC 9457 problem details "
                                + "(application/problem+json) with a stable urn:journal:problem:* type."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT (ES256, typ at+jwt)")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        var problem = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        var errors = Map.of(
                "400", "Invalid input or malformed request",
                "401", "Missing, invalid or expired token, or failed login (generic)",
                "404", "Not found (also: someone else's entry; account routes while user management is off)",
                "429", "Too many attempts (generic; see Retry-After)",
                "503", "Busy (password hashing at capacity; see Retry-After)");
        return openApi -> {
            // Added here (not only in the OpenAPI bean) because springdoc prunes schemas it did not find
            // referenced before customizers run.
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    errors.forEach((status, description) -> operation.getResponses().putIfAbsent(status,
                            new ApiResponse().description(description).content(problem)))));
        };
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:journal:problem:invalid-input"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
