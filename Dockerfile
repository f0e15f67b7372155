# Build with the Maven wrapper on a JDK 17, run on a JRE 17 as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bridge
WORKDIR /app
COPY --from=build /build/target/yclients-telegram-bridge-*.jar app.jar
# Routes and settings stay editable files in the working directory, as in development.
COPY routes routes
COPY application.yaml application.yaml
RUN mkdir data && chown bridge:bridge data
USER bridge
# Railway sets PORT; application.yaml reads it (server.port: ${PORT:8080}).
ENV PORT=8080
# One JSON object per log line (Elastic Common Schema) for Railway's log search; phones and secrets are masked.
ENV LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
