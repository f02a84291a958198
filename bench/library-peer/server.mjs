// The Neo4j GraphQL Library on the benchmark's graph: type definitions for the nodes and
// relationships the node pages read, served over HTTP with nothing else around them.
// BOLT_URI, NEO4J_PASSWORD: the database; prints "listening <port>" once ready.
import http from "node:http";
import { graphql } from "graphql";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Station @node {
    id: String!
    name: String!
    kind: String!
    openedOn: Date
    representatives: [Representative!]! @relationship(type: "STATIONED_AT", direction: IN)
  }
  type Representative @node {
    id: String!
    name: String!
    levels: [String!]
    profile: String
    stations: [Station!]! @relationship(type: "STATIONED_AT", direction: OUT)
    cases: [Case!]! @relationship(type: "RAISED", direction: OUT)
  }
  type Case @node {
    id: String!
    title: String!
    kind: String!
    status: String
    raisedOn: Date
    fundingYuan: Float
    region: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }
  type Region @node {
    id: String!
    name: String!
    kind: String
    parent: [Region!]! @relationship(type: "WITHIN", direction: OUT)
    cases: [Case!]! @relationship(type: "LOCATED_IN", direction: IN)
    # Cypher fields take no page arguments: the village page's sizes are in the statements
    grids: [Grid!]!
      @cypher(
        statement: "MATCH (this)<-[:WITHIN]-(:Grid)<-[:PART_OF*0..1]-(g:Grid) WITH DISTINCT g ORDER BY g.id LIMIT 20 RETURN g"
        columnName: "g"
      )
    gridCount: Int!
      @cypher(statement: "MATCH (this)<-[:WITHIN]-(:Grid)<-[:PART_OF*0..1]-(g:Grid) RETURN count(DISTINCT g) AS n", columnName: "n")
    stations: [Station!]!
      @cypher(
        statement: "MATCH (this)<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station) WITH s ORDER BY s.id LIMIT 10 RETURN s"
        columnName: "s"
      )
  }
  type Grid @node {
    id: String!
    name: String!
    size: String
  }
`;

const driver = neo4j.driver(process.env.BOLT_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
      const body = JSON.stringify(result);
      response.writeHead(result.errors ? 400 : 200, { "Content-Type": "application/json" });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
