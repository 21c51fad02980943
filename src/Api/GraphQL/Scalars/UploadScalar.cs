using CrmGraph.Api.Transport;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Scalars;

/// <summary>
/// A file sent with the GraphQL multipart request spec; only a variable can hold one (the <c>map</c> part puts the file
/// where the variables have <c>null</c>). Named and shaped as in graphql-upload, Apollo and Hot Chocolate.
/// </summary>
public sealed class UploadScalar : ScalarGraphType
{
    public UploadScalar()
    {
        Name = "Upload";
        Description = "A file uploaded with the GraphQL multipart request spec " +
            "(https://github.com/jaydenseric/graphql-multipart-request-spec); send it as a variable and add the " +
            "header `GraphQL-Preflight: 1`. 上传文件。";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue
        ? null
        : throw new InvalidOperationException(
            "An Upload cannot be written in the query; send the file as a variable in a multipart request.");

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? Serialize(object? value) => value is UploadedFile file ? file.FileName : null;
}
