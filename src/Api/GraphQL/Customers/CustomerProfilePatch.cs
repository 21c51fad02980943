using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// <c>updateCustomer</c> patches: a field left out keeps its value, a field sent as null clears it, a value replaces
/// it.
/// </summary>
public static class CustomerProfilePatch
{
    public static CustomerProfile Apply(CustomerProfile current, UpdateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        return current with
        {
            Source = input.Source.IsSet ? input.Source.Value ?? CustomerSource.Other : current.Source,
            CustomSource = input.CustomSource.Or(current.CustomSource),
            Phone = input.Phone.Or(current.Phone),
            Email = input.Email.Or(current.Email),
            WeChat = input.WeChat.Or(current.WeChat),
            Address = input.Address.Or(current.Address),
            Gender = input.Gender.Or(current.Gender),
            Birthday = input.Birthday.Or(current.Birthday),
            Occupation = input.Occupation.Or(current.Occupation),
            Industry = input.Industry.Or(current.Industry),
            CompanySize = input.CompanySize.Or(current.CompanySize),
            MainBusiness = input.MainBusiness.Or(current.MainBusiness),
            Website = input.Website.Or(current.Website),
            FoundedOn = input.FoundedOn.Or(current.FoundedOn),
            Preferences = input.Preferences.Or(current.Preferences),
            Personality = input.Personality.Or(current.Personality),
            SpecialNeeds = input.SpecialNeeds.Or(current.SpecialNeeds),
        };
    }
}
