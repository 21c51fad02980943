namespace CrmGraph.Domain.Customers;

/// <summary>客户来源: where the customer came from; a team may add its own (<see cref="Custom"/> with a name).</summary>
public enum CustomerSource
{
    /// <summary>展会: met at an exhibition.</summary>
    Exhibition,

    /// <summary>转介绍: referred by someone.</summary>
    Referral,

    /// <summary>线上广告: an online advertisement.</summary>
    OnlineAd,

    /// <summary>官网: the company website.</summary>
    Website,

    /// <summary>陌生拜访/电话: a cold call or visit.</summary>
    ColdCall,

    /// <summary>社交媒体: social media.</summary>
    SocialMedia,

    /// <summary>其他: another source.</summary>
    Other,

    /// <summary>团队自定义来源: one of the team's own sources, named in customSource.</summary>
    Custom,
}
