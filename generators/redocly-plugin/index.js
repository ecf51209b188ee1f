// Redocly plugin with the lint rules this API needs beyond the built-in ones; one rule per file.
import correlation from './rules/correlation.js';
import docsSource from './rules/docs-source.js';
import errataReference from './rules/errata-reference.js';
import operationSignature from './rules/operation-signature.js';
import propertyDescription from './rules/property-description.js';
import refSiblings from './rules/ref-siblings.js';
import returnCodeCategories from './rules/return-code-categories.js';
import stringConstrained from './rules/string-constrained.js';

export default function lianlianPlugin() {
  return {
    id: 'lianlian',
    rules: {
      oas3: {
        'string-constrained': stringConstrained,
        'property-description': propertyDescription,
        'operation-signature': operationSignature,
        'errata-reference': errataReference,
        'return-code-categories': returnCodeCategories,
        correlation,
        'ref-siblings': refSiblings,
        'docs-source': docsSource,
      },
    },
  };
}
