// Lists the operations and schemas of Alliance's OpenAPI document, read from the same server:
// no script or style from elsewhere, so the page keeps Alliance's Content-Security-Policy.
"use strict";

function element(name, text, className) {
  const made = document.createElement(name);
  if (text !== undefined) {
    made.textContent = text;
  }
  if (className) {
    made.className = className;
  }
  return made;
}

let components = {};
let sharedResponses = {};

// A response as written, or the shared one of the document's components it refers to.
function resolved(response) {
  if (response.$ref) {
    return sharedResponses[response.$ref.substring(response.$ref.lastIndexOf("/") + 1)] || {};
  }
  return response;
}

// A schema by its name in the document's components: referred to, or written out in full.
function nameOf(schema) {
  if (schema.$ref) {
    return schema.$ref.substring(schema.$ref.lastIndexOf("/") + 1);
  }
  const written = JSON.stringify(schema);
  const same = Object.entries(components).find(([, component]) => JSON.stringify(component) === written);
  return same ? same[0] : (schema.type || "");
}

function schemaName(content) {
  if (!content) {
    return "";
  }
  return Object.entries(content).map(([type, media]) => {
    const schema = media.schema || {};
    return type + ": " + (schema.type === "array" && schema.items ? "array of " + nameOf(schema.items) : nameOf(schema));
  }).join(", ");
}

function showOperation(list, path, method, operation) {
  const section = element("section", undefined, "operation");
  const heading = element("h3");
  heading.append(element("span", method.toUpperCase(), "method"), element("code", path));
  section.append(heading, element("p", operation.summary || ""));
  if (operation.requestBody) {
    section.append(element("p", "Body: " + schemaName(operation.requestBody.content)));
  }
  const table = element("table");
  const head = element("tr");
  head.append(element("th", "Status"), element("th", "Meaning"), element("th", "Schema"));
  table.append(head);
  Object.entries(operation.responses || {}).forEach(([status, written]) => {
    const response = resolved(written);
    const row = element("tr");
    row.append(element("td", status), element("td", response.description || ""), element("td", schemaName(response.content)));
    table.append(row);
  });
  section.append(table);
  list.append(section);
}

function show(document_) {
  components = (document_.components && document_.components.schemas) || {};
  sharedResponses = (document_.components && document_.components.responses) || {};
  const operations = document.getElementById("operations");
  Object.entries(document_.paths || {}).sort().forEach(([path, item]) => {
    ["get", "put", "post", "delete", "patch"].forEach(method => {
      if (item[method]) {
        showOperation(operations, path, method, item[method]);
      }
    });
  });
  const schemas = document.getElementById("schemas");
  Object.entries((document_.components && document_.components.schemas) || {}).sort().forEach(([name, schema]) => {
    const section = element("section", undefined, "operation");
    section.append(element("h3", name), element("pre", JSON.stringify(schema.properties || schema, null, 2)));
    schemas.append(section);
  });
  document.getElementById("status").textContent = "";
}

fetch("/openapi?format=JSON", { headers: { Accept: "application/json" } })
  .then(answer => {
    if (!answer.ok) {
      throw new Error("The server answered " + answer.status);
    }
    return answer.json();
  })
  .then(show)
  .catch(failure => {
    document.getElementById("status").textContent = "The OpenAPI document could not be read: " + failure.message;
  });
