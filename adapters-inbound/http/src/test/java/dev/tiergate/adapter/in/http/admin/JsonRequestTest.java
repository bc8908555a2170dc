package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRequestTest {

    @Test
    void aBodyOverTheLimitIsRefusedAs413WhateverItDeclares() {
        byte[] huge = new byte[JsonRequest.MAX_BYTES + 1];

        assertThat(status(() -> JsonRequest.object(-1, new ByteArrayInputStream(huge), ""))).isEqualTo(413);
        assertThat(status(() -> JsonRequest.object(1_048_576, body("{}"), ""))).isEqualTo(413);
    }

    @Test
    void malformedJsonDuplicateKeysTrailingDataAndDeepNestingAreInvalidJson() {
        String deep = "{\"a\":".repeat(JsonRequest.MAX_DEPTH + 1) + "1" + "}".repeat(JsonRequest.MAX_DEPTH + 1);
        for (String json : new String[] {"{", "{\"a\":1,\"a\":2}", "{} {}", "{'a':1}", deep}) {
            assertThatThrownBy(() -> JsonRequest.object(-1, body(json), "")).as(json).isInstanceOf(ApiProblem.class)
                    .extracting(problem -> ((ApiProblem) problem).body())
                    .isEqualTo(new ApiError("invalid JSON", "body"));
        }
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedAndNoBodyIsAnEmptyObjectWhereOneIsOptional() {
        assertThatThrownBy(() -> JsonRequest.object(-1, body("[1]"), "")).isInstanceOf(ApiProblem.class)
                .extracting(problem -> ((ApiProblem) problem).body())
                .isEqualTo(new ApiError("must be a JSON object", "body"));
        assertThatThrownBy(() -> JsonRequest.object(-1, body(""), "")).isInstanceOf(ApiProblem.class);
        assertThat(JsonRequest.optionalObject(-1, body("")).isEmpty()).isTrue();
        assertThat(JsonRequest.optionalObject(-1, null).isEmpty()).isTrue();
    }

    private static int status(Runnable read) {
        try {
            read.run();
            return HttpStatus.OK.getCode();
        } catch (ApiProblem problem) {
            return problem.status().getCode();
        }
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
