# The Grassroots application, built from this repository. It uses external Neo4j and
# Elasticsearch (see docker-compose.yml); it starts neither itself.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# mdep.skip: the image does not need the Elasticsearch distribution the local mode stages
RUN mvn -B -q --no-transfer-progress -Dmdep.skip=true -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app grassroots
WORKDIR /app
COPY --from=build /src/api/target/grassroots-api.jar /app/grassroots-api.jar
USER grassroots
EXPOSE 8080
ENV SERVER_ADDRESS=0.0.0.0
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xms128m", "-Xmx512m", "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=128m", "-jar", "/app/grassroots-api.jar"]
