package io.ytbridge.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bare Camel Spring Boot application bench/footprint.sh compares the bundle with: no beans of its own. */
@SpringBootApplication
public class BareCamelApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamelApplication.class, args);
    }
}
