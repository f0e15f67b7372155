package io.ytbridge.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;

/**
 * TEST-ONLY STAND-IN for {@code direct:yclients-evict-catalog} (the Yclients funnel's catalog cache, issue 3),
 * until that branch is merged: records the company ids it was asked to evict. On merge, drop it and assert on the
 * funnel's cache instead.
 */
public class CatalogEvictStandIn extends RouteBuilder {

    private final List<Object> evictedCompanies = new CopyOnWriteArrayList<>();

    @Override
    public void configure() {
        from("direct:yclients-evict-catalog").routeId("test-stand-in-yclients-evict-catalog")
                .process(exchange -> evictedCompanies.add(exchange.getMessage().getHeader("companyId")));
    }

    public List<Object> evictedCompanies() {
        return evictedCompanies;
    }
}
