using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Relay;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection. 分页信息。";
        Field(x => x.HasNextPage).Description(
            "Indicates whether more edges exist following the set defined by the clients arguments. 是否还有下一页。");
        Field(x => x.HasPreviousPage)
            .Description("Indicates whether more edges exist prior the set defined by the clients arguments. 是否还有上一页。");
        Field(x => x.StartCursor, nullable: true)
            .Description("When paginating backwards, the cursor to continue. 向前翻页的游标。");
        Field(x => x.EndCursor, nullable: true)
            .Description("When paginating forwards, the cursor to continue. 向后翻页的游标。");
    }
}
