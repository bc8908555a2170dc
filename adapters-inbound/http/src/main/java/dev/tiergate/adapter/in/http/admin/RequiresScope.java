package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.apikey.ApiScope;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least scope an API key needs to call an admin route; {@link AdminApiFilter} enforces it before
 * the route runs. On a method it applies to that route, on a controller to each route without its own.
 * A route under {@code /api/v1} without it requires {@link ApiScope#ADMIN}: forgetting it fails closed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    ApiScope value();
}
