import { lexicon } from './types.js';

/** English: how website visitors actually write, from "hi there" to "how much is it". */
export const en = lexicon({
  noise: [
    'total',
    'else, what else, anything else, something else',
    'on top',
    'sort that out, sort it out',
    'my options, options, together, would love to, love to',
    'because, anything, again, having, quickly',
    'hi, hello, hey, hiya, howdy, hi there, hello there, hey there, hi all, hello all, hey all',
    'good morning, good afternoon, good evening, greetings, dear sir, dear madam',
    'dear sir or madam, to whom it may concern, dear team, hi team, hello team',
    'please, pls, plz, plez, kindly, if possible, if you can, if you could',
    'thanks, thank you, thank u, thanku, thx, thnx, tnx, ty, tysm, many thanks, thanks a lot',
    'thank you very much, thanks so much, thank you so much, thanks in advance, thanks again',
    'thank you in advance, tia, much appreciated, appreciate it, i appreciate it, cheers',
    'thank you for your time, thanks for your help, thank you for your help',
    'regards, kind regards, best regards, warm regards, kindest regards, best wishes',
    'all the best, sincerely, yours sincerely, yours faithfully, yours truly, respectfully',
    'bye, goodbye, bye bye, see you, see ya, take care, have a nice day, have a good day',
    'have a great day, looking forward to hearing from you, look forward to your reply',
    'looking forward to your reply, hope to hear from you soon, hope you are well',
    "hope you're well, hope you are doing well, i hope this finds you well, how are you",
    'i was wondering, just wondering, i wonder, i was wondering if, wondering if',
    "i would like to know, i'd like to know, i want to know, i wanted to know",
    "i would like to ask, i'd like to ask, i wanted to ask, i want to ask, may i ask",
    'could you please tell me, could you tell me, can you tell me, can you please tell me',
    'can u tell me, pls tell me, please tell me, tell me please, please advise',
    'please let me know, let me know, lmk, could you let me know, can you let me know',
    'i have a question, i have a quick question, quick question, just a question',
    'one more question, another question, question please, small question',
    'excuse me, sorry to bother you, sorry for bothering, sorry, apologies',
    'actually, just, basically, literally, really, honestly, simply, kind of, sort of',
    'maybe, perhaps, by the way, btw, anyway, anyways, also, um, umm, uh, er, hmm, hm',
    'ok, okay, alright, well, lol, haha, you guys, guys, folks, mate, buddy',
    'i guess, i think, i mean, you know, of course, fyi, gonna, wanna',
    'we are looking for, i am looking for, im looking for, looking for, something, ur, a little, still',
    'instead, along, rather, anyone, possible, is it possible, somewhere, anywhere, someplace',
    'wife, husband, sister, brother, father, mother, mum, mom, dad, boyfriend, girlfriend',
    'mother in law, father in law, mother-in-law, father-in-law, in laws, in-laws, grandma, grandmother, grandpa, grandfather, granny, grandad, nan',
    "hii, hiii, heyy, heyyy, helo, hellooo, hallo, heya, hey y'all, hi folks, hey folks, hi guys, hey guys",
    'hello guys, hi everyone, hello everyone, hey everyone, good day, dear all, dear friends, hi again',
    'hello again, sup, wassup, hope all is well, hope all is good, hope you are having a good day',
    "hope you're having a great day, hope your day is going well, thank you kindly, thanks heaps",
    'ta, cheers mate, thanks mate, thanks guys, thank you guys, tyvm, thanks very much, much obliged',
    'many many thanks, thanks for the info, thanks for the information, thank you for the information',
    'great thanks, perfect thanks, perfect, great, awesome, cool, nice, lovely, brilliant, amazing',
    'no worries, yes, yeah, yep, yup, sure, a couple of questions, a few questions, couple of questions',
    'couple questions, some questions, two questions, quick q, quick one, a quick one, random question',
    'silly question, stupid question, dumb question, not sure if you can help, hope you can help',
    'hoping you can help, would you be able to, would it be possible to, is there any chance',
    'any chance, do you happen to know, happen to know, just curious, i was just wondering',
    "was wondering, i'm wondering, im wondering, i am wondering, i'm curious, out of curiosity",
    'asking for a friend, firstly, secondly, thirdly, lastly, additionally, furthermore, moreover',
    'usually, normally, typically, generally, probably, definitely, though, tho',
    // "Roughly" hedges the question; a table's column headed "Roughly" is no answer to it.
    'roughly, approximately, approx, more or less, give or take, rough',
    // Words around the question: "2 weeks ago", "work till 6", "what am I doing wrong", "if it
    // gets…"; "how often" and "how early" ask for a time, which the question's reading knows.
    'ago, till, til, doing, gets, how often, how frequently, how early',
    // "Is that a problem?" asks whether what the visitor said is fine: what they said is the question.
    'is that a problem, is it a problem, would that be a problem, will that be a problem',
    'is that ok, is that okay, is that alright, would that be ok, can you help, can you help me',
    'could you help, could you help me',
    'stuff, thing, things, a bit, lots, both, a lot, a lot of, lots of, loads of, plenty of',
    // Verbs that only carry the question's object: "do you offer a virtual office", "what events do you run"
    'offer, offers, provide, provides, run, runs, give, make, go, come, take, put, let, say, see, find, happen, happens, arrange, organise, organize, handle',
    'do you sell, do you guys sell, do u sell, you sell, sell',
    'exactly',
    // "how much, all in?": the total is what any price answers, and "all" would find "All-on-4"
    'all in, all-in, in total, altogether',
  ],
  concepts: [
    // Something left behind: "I think I left my charger in the room".
    [
      'lost property, lost and found, left behind, left my, i left my, forgot my, i forgot my',
      'lost my, i lost my, have you found, did you find, did anyone find, forgotten items',
    ],
    ['claim, claims, make a claim, file a claim, report the damage, report damage'],
    // Someone else going: "can my sister go in his place?" asks what "instead of me" answers.
    [
      'instead of me, instead of him, instead of her, instead of us, in my place, in his place',
      'in her place, in our place, take my place, take his place, take her place, replace me',
    ],
    // Money
    [
      'price, prices, pricing, cost, costs, how much, how much is, how much does, how much do, how much for, what do you charge, what does it cost, price range, what is the damage',
      'fee, fees, rate, rates, tariff, charge, charges, price list, pricelist, prize list',
      'pricey, expensive, cheap, cheaper, cheapest, affordable, quote, estimate, ballpark',
      "how much would it cost, how much would it be, how much will it cost, how much will it be, how much are, how much r, how much's, hw much, how mutch, price tag, pricing list, prise, pirce, cost me, rates for",
    ],
    [
      'discount, discounts, promo, promotion, promotions, promo code, coupon, coupon code',
      'voucher code, deal, deals, special offer, special offers, sale, reduced price',
      'percent off, concession, concessions',
      'black friday, cyber monday, clearance, half price, half-price, bogof, buy one get one free, 2 for 1, two for one, markdown, marked down, early bird, early bird discount, welcome discount, welcome code, first order discount, refer a friend, referral code, discount code, promo codes, coupons',
    ],
    // How long a voucher, a pass or a quote holds: "¿caducan?" asks what "válidas durante 2 años" says.
    ['valid, validity, expire, expires, expired, expiry, expiry date, expiration, use by'],
    ['loyalty, loyalty card, loyalty program, loyalty programme, rewards, points, bonus'],
    ['payment, pay, paying, payment method, payment methods, payment options, how to pay'],
    [
      'card, credit card, debit card, bank card, visa card, mastercard, amex, cashless, take card, take cards',
      'american express, contactless, pay by card, card payment, chip and pin',
    ],
    ['cash, pay cash, banknotes, pay in cash, in cash, cash only, cash payment, coins'],
    [
      'bank transfer, wire transfer, transfer money, iban, swift, bank details, direct debit',
      'bank account, account number, sort code',
    ],
    [
      'paypal, apple pay, google pay, revolut, venmo, online payment, pay online',
      'bizum, zelle, cash app, cashapp, alipay, wechat pay, samsung pay, mobile payment, pay by phone, crypto, bitcoin, cheque, cheques',
    ],
    [
      'instalments, installments, installment, instalment, payment plan, monthly payments',
      'pay monthly, finance, financing, pay later, buy now pay later, bnpl, klarna, in parts',
    ],
    [
      'deposit, prepayment, prepay, pay upfront, upfront, advance payment, down payment',
      'pay in advance, booking fee, reservation fee, non-refundable deposit',
    ],
    [
      'refund, refunds, refundable, non-refundable, money back, get my money back, reimburse',
      'reimbursement, chargeback, return my money, refund policy',
      'refund my money, want a refund, get a refund, full refund, partial refund, refund time, how long for a refund, refunded',
      'lose my money, lose the money, lose all my money, lose our money, how much will we lose, how much do we lose',
    ],
    [
      'invoice, invoices, receipt, receipts, bill, billing, vat invoice, tax invoice',
      'proof of payment, company details, vat number',
    ],
    ['tip, tipping, gratuity, service charge'],
    ['currency, currencies, dollars, euros, pounds, usd, eur, gbp, exchange rate'],
    [
      'free, for free, free of charge, no charge, complimentary, included, inclusive',
      'what is included, whats included, what does it include, what do i get, comes with, freebie, freebies, gratis, on the house',
      'included in the price, all inclusive, all-inclusive',
    ],
    [
      'extra charge, extra cost, surcharge, hidden fees, hidden costs, additional fees',
      'additional cost, additional charge, supplement',
    ],

    // Time and availability
    [
      'opening hours, open, opens, opening, hours, business hours, working hours, opening times, opening time, when do you open, when do you close, what are your hours',
      'close, closes, closed, closing, closing time, what time, open today, open now, are you open',
      'open late, open till, open until, timetable, schedule, hrs',
      'opening hrs, openin hours, opning hours, lunch break, siesta, bank holiday hours, early opening',
    ],
    ['weekend, weekends, saturday, sunday, saturdays, sundays'],
    [
      'holiday, holidays, public holiday, public holidays, bank holiday, bank holidays',
      "christmas, xmas, new year, new year's eve, easter, festive season",
    ],
    [
      'availability, available, free slot, free slots, slot, slots, spaces, spots',
      'places left, fully booked, sold out, sell out, sells out, any room, any rooms, room available, vacancies for',
      'last minute, last-minute, any space, any spaces, any places, any tables, free table, anything available, avaliable, availble, availabilty, availibility, avail, got room',
      'any availability',
    ],
    [
      'duration, how long, how long does it take, how long is, how many hours, how many days',
      'take long, lasts, minutes, mins, hours long, time it takes',
    ],
    [
      'waiting time, wait, waiting, waiting list, waitlist, queue, how soon, how fast',
      'soonest, earliest, next available, turnaround, lead time, wait time',
    ],
    [
      'urgent, urgently, emergency, emergencies, same day, same-day, right now, asap',
      'straight away, immediately, out of hours, after hours, 24 7, around the clock',
      'emergency appointment',
    ],
    ['date, dates, what day, which day, calendar, season, high season, low season, off season'],
    ['late, running late, delay, delayed, delays, be late, arrive late, late arrival'],

    // Bookings
    [
      'book, booking, bookings, reserve, reservation, reservations, appointment, appointments',
      'appt, make an appointment, book an appointment, schedule an appointment',
      'book in, get booked in, booking in, fit me in, squeeze me in, pencil me in, hold a table, save a spot, save me a spot, put my name down, bookin, bookng, boking, apointment, appointmnet, appoitment, reservaton, resevation, reservasion',
      'online booking, book online, how to book, get a table, table for, booked',
    ],
    [
      'sign up, signup, register, registration, enrol, enroll, enrolment, enrollment',
      'join, joining, application form',
    ],
    [
      'cancel, cancels, cancelled, canceled, cancelling, canceling, cancellation, cancellations',
      'call off, call it off, calls it off, called it off, call the trip off, cancellation policy, cancel my booking, cancel my order, cancel my appointment',
      "cancelation, cancelations, cancellation fee, cancelation fee, can't make it, cant make it, cannot make it, won't make it, wont make it, unable to attend, can't come, cant come, drop out, cancel subscription, cancel membership, cancle, cancell",
    ],
    ['no-show, no show, miss my appointment, missed appointment, did not come'],
    [
      'reschedule, rescheduling, move my booking, change my booking, change the date',
      'move it, move my appointment, move the appointment, move the booking, move our booking',
      'change date, change the time, change my appointment, postpone, amend, amendment',
      'modify my booking, another date, different date, another day',
    ],
    [
      'confirm, confirmation, confirmed, confirmation email, booking confirmation',
      'booking number, booking reference, reference number',
    ],
    [
      'group, groups, group booking, group bookings, group discount, large group, big group',
      'corporate, team building, company event, many people, party of',
    ],
    [
      'private, private tour, private room, private event, exclusive, individual, one to one',
      'just for us, only for us, just us, just for our family, without other people, no strangers',
    ],
    [
      'event, events, party, parties, birthday, birthday party, wedding, weddings, celebration',
      'anniversary, hen party, stag party, bachelorette, bachelor party, banquet',
    ],
    [
      'gift card, gift cards, gift voucher, gift vouchers, voucher, vouchers, gift certificate',
      'gift certificates, giftcard, as a gift, e-gift card, egift',
      'gift, gifts, as a present, for a present, gift experience, experience gift, e-voucher, evoucher, present voucher',
    ],
    [
      'membership, memberships, member, members, subscription, subscribe, pass, season ticket',
      'monthly pass, annual pass',
    ],
    ['package, packages, bundle, bundles, plan, plans, all in one'],
    [
      'ticket, tickets, entry, entrance fee, admission, admission fee, e-ticket, eticket',
      'entry fee, tix',
    ],
    [
      'trial, free trial, trial lesson, trial class, trial session, try it, try out, taster',
      'demo, first visit, first lesson',
    ],
    ['consultation, consultations, free consultation, initial consultation, consult, consults'],

    // Place
    [
      'address, location, located, where are you, where are you located, find you, where exactly',
      "where are you based, where you are based, where you're based",
      'whereabouts, premises, office, branch, branches, near, nearby, near me, closest, nearest',
      'map, google maps, postcode, post code, zip code, zip',
    ],
    [
      'directions, how to get, how do i get, get there, get to you, route, way to',
      'public transport, bus, buses, metro, subway, underground, tube, train, tram, station',
      'bus stop, walking distance, on foot, taxi, uber, cab, by car',
    ],
    [
      'parking, car park, parking lot, parking space, parking spot, garage',
      'where do i leave the car, where can i park, can i park, park the car, somewhere to park, leave the car, leave my car, park my car',
      'street parking, free parking, paid parking, valet, parking fee',
    ],
    [
      'transfer, transfers, pick up, pickup, pick-up, pick me up, pick us up, pick them up',
      'collect me, collect us, shuttle, shuttle bus, drop off, drop-off, dropoff, chauffeur',
    ],
    // The airport apart from any pick-up: a tour's hotel pick-up answers no airport question.
    ['airport, airports, airport transfer, from the airport, to the airport, meet at the airport'],
    [
      'meeting point, meeting place, where do we meet, start point, starting point',
      'departure point, departure, depart, departs, leaves from, pickup point',
      'where to meet, where shall we meet, where should we meet, where do i meet, where does it start, where does the tour start, starts from, meet up, meetup, rendezvous, assembly point, meeting spot',
    ],
    [
      'accessibility, accessible, wheelchair, wheelchairs, wheelchair access, disabled',
      'disability, disabilities, handicapped, step-free, step free, ramp, lift, elevator',
      'reduced mobility, stairs, steps, ground floor',
      'limited mobility, wheelchair user, wheelchair-friendly, wheelchair friendly, wheelchair accessible, mobility scooter, walker, walking frame, crutches, accessible toilet, accessible room, disabled toilet, disabled parking, blue badge, hearing loop, visually impaired, hearing impaired, blind, deaf',
    ],
    ['toilet, toilets, restroom, restrooms, bathroom, wc, loo, washroom'],
    // A shower and a locker are two things a place may have one of, as the Russian groups keep them.
    ['changing room, changing rooms, locker, lockers'],
    ['shower, showers'],

    // Contact and people
    [
      'contact, contacts, contact details, contact us, get in touch, reach you',
      'how do i get in touch, how can i get in touch, how do we get in touch',
      'your number, ur number, number i can call, a number to call',
      'phone, phone number, telephone, tel, call, call you, give you a call',
      'mobile, cell, whatsapp, whats app, viber, telegram, sms',
      'whatsapp number, whatsap, watsapp, whats-app, wa, text me, text you, message you, message me, messenger, facebook messenger, dm, dms, direct message, ring you, call me, call back, callback, phone you, landline, hotline, number to call, contact number',
    ],
    ['email, e-mail, mail, email address, e-mail address, write to you'],
    [
      'speak to someone, talk to someone, speak to a person, human, real person, operator',
      'manager, agent, representative, live agent, customer service, customer support',
      'live chat, real human',
      'someone real, actual person, human being, the boss',
    ],
    [
      'staff, team, employee, employees, doctor, doctors, dentist, dentists, guide, guides',
      'gp, general practitioner, family doctor, physician, dental nurse, receptionist, tutor, beautician, therapists',
      'tour guide, instructor, instructors, teacher, teachers, trainer, trainers, coach',
      'therapist, stylist, hairdresser, barber, specialist, specialists, technician',
      'mechanic, chef, nurse, hygienist, surgeon, master',
    ],
    [
      'qualified, qualification, qualifications, experience, experienced, certified',
      'licence, license, licensed, accredited, accreditation, diploma, credentials',
    ],
    [
      'language, languages, speak english, english, english speaking, english-speaking',
      'do you speak, spanish, russian, german, french, italian, translator, interpreter',
      'speak, speaks, spoken',
    ],
    [
      'complaint, complaints, complain, unhappy, not happy, dissatisfied, bad experience',
      'went wrong, not satisfied, escalate, disappointed, rude',
      'rip off, rip-off, ripped off, scam, scammed, terrible, awful, worst, angry, furious, upset, fed up, not acceptable, unacceptable, poor service, bad service',
    ],
    [
      'review, reviews, rating, ratings, testimonials, recommendations, stars, feedback',
      'tripadvisor, trustpilot, google reviews, yelp, reputation, are you any good, any good',
    ],
    [
      'job, jobs, vacancy, vacancies, career, careers, hiring, are you hiring, work for you',
      'employment, position, positions, job opening, cv, resume, internship, recruitment',
      'job application, apply for a job, send my cv, send cv, send my resume, recruiting, we are hiring, staff wanted, help wanted, job offer, job offers, open positions, summer job, seasonal work, seasonal job, volunteer, volunteering, work experience, work placement, job placement, apprenticeship, trainee, traineeship, join your team, join the team',
    ],
    [
      'partner, partnership, partnerships, collaboration, collaborate, affiliate, reseller',
      'wholesale, b2b, supplier, suppliers, agency, agencies, commission',
    ],

    // Shop and delivery
    [
      'delivery, deliver, delivers, delivered, shipping, ship, ships, shipped, shipment',
      'postage, courier, dispatch, dispatched, home delivery, delivery time, delivery cost',
      'shipping cost, free delivery, free shipping, worldwide, international shipping',
      'express delivery, next day delivery, next-day delivery, ship abroad',
      'ship to, deliver to, do you ship to, do you deliver to, ship overseas, deliver abroad, deliver overseas, ship internationally, deliver internationally, international delivery, overseas delivery, overseas shipping, shipping abroad, outside the eu, outside the uk, outside europe, uber eats, deliveroo, glovo, doordash, grubhub, food delivery, delivery fee, delivery charge, shiping, delivary, delievery',
    ],
    [
      'track, tracking, tracking number, track my order, where is my order, parcel, parcels',
      'order status, status of my order',
      "where's my order, wheres my order, where is my parcel, where is my package, tracking link, tracking code, track my parcel, track my package, track parcel",
    ],
    [
      'order, orders, ordering, place an order, buy, purchase, purchasing, checkout, cart',
      'basket, shopping cart, add to cart',
    ],
    [
      'collect, collection, click and collect, pick up in store, in store, in-store',
      'self pickup, self-pickup',
    ],
    ['takeaway, take away, take-away, takeout, take out, to go'],
    [
      'return, returns, returning, send back, send it back, return policy, exchange',
      'exchanges, swap, bring back, take back, return label',
      'returns policy, return window, return period, return an item, return it, return my order, returns address, refund or exchange, swap for, exchange for, retrun, retuns',
    ],
    [
      'warranty, warranties, guarantee, guaranteed, guarantees, guaranty, under warranty',
      'broken, faulty, defect, defective, stopped working, leaking, leaks, leak, leaky',
      "doesn't work, does not work, doesnt work, not working, isn't working, isnt working, won't turn on, wont turn on, won't start, wont start, arrived broken, arrived damaged, damaged item, faulty item, dead on arrival, malfunction, malfunctioning, manufacturing defect, guarantee period, warranty period, guarrantee, waranty, warrenty",
    ],
    [
      'in stock, stock, out of stock, restock, back in stock, sizes, size, size chart, sizing',
      'fit, colour, colours, color, colors, models, variant, variants',
      'size guide, size guides, sizing guide, what size, which size, my size, true to size, runs small, runs large, runs big',
    ],
    [
      'repair, repairs, fix, fixing, fixed, mend, servicing, broken screen, replace',
      'replacement, spare parts, diagnostic, diagnostics, inspection',
      'tune-up, tune up, tuneup, maintenance, mot, overhaul, get it fixed, get it repaired, repair cost, screen repair, screen replacement, cracked screen, smashed screen, battery replacement, repair shop, workshop repair, fix my, repiar, repir',
    ],
    ['installation, install, installing, set up, setup, assembly, assemble, fitting'],

    // Stays and food
    [
      'check in, check-in, checkin, check out, check-out, checkout time, arrival time',
      'late check-out, late checkout, late check out, early check-in, early check in',
      'self check-in, self check in, self-check-in, key card, keycard, key box, keybox, lockbox, key safe, door code, access code, key collection, collect the keys, pick up the keys, checkin time, check in time, check out time',
      'keys, reception, front desk',
    ],
    [
      'room, rooms, double room, single room, twin room, suite, bed, beds, apartment',
      'apartments, accommodation, accomodation, stay, lodging, hostel, dorm, cabin',
      'bedroom, bedrooms, villa, villas, guesthouse, guest house, bnb, airbnb, accomodations, accommodations, acommodation',
    ],
    ['wifi, wi-fi, wi fi, wireless, internet, internet connection, wifi password, wifi code'],
    // Half and full board are meals beyond breakfast: a breakfast page answers neither.
    ['half board, full board, half-board, full-board'],
    // Tea is not coffee: a roastery that never mentions tea does not sell it.
    ['tea, teas, herbal tea, green tea, black tea, chai, tea bags, loose leaf tea'],
    ['breakfast, breakfast included, bed and breakfast, brunch', 'breakfasts, brekkie'],
    [
      'food, meal, meals, lunch, dinner, supper, menu, menus, eat, eating, restaurant',
      'snacks, drinks, drink, beverages, coffee, alcohol, bar, cafe, kitchen',
      "set menu, lunch menu, daily menu, lunch special, lunch deal, tasting menu, menu of the day, dish of the day, kids menu, children's menu",
    ],
    [
      'vegetarian, vegan, veggie, plant-based, plant based, gluten, gluten-free, gluten free',
      'coeliac, celiac, allergy, allergies, allergic, allergen, allergens, nut allergy',
      'lactose, lactose-free, dairy-free, halal, kosher, dietary, dietary requirements, diet',
      'intolerance, intolerances, intolerant, nut, nuts, nut-free, nut free, peanut, peanuts, tree nuts, coeliacs, celiacs, gf, special diet, dietary restrictions, food restrictions, no meat, meat-free, meat free, pescatarian, egg allergy, shellfish allergy, sesame',
    ],
    [
      'luggage, baggage, bags, bag, suitcase, suitcases, luggage storage, left luggage',
      'store my luggage, leave my bags, leave luggage, carry-on, hand luggage, backpack',
      'rucksack, holdall, suitcase storage, bag storage, bag drop, baggage storage, baggage allowance, luggage allowance, oversized luggage, excess baggage, bike box, lugage, luggauge, baggages',
    ],
    ['cleaning, housekeeping, towels, towel, linen, bedding, sheets, clean, cleaned'],
    // Washing the guest's own clothes is another service than cleaning the room.
    ['laundry, laundrette, launderette, wash my clothes, wash clothes, ironing'],
    // Cooling, heating, a pool, a spa and a gym are five things a place may have one of, as
    // the Russian groups have always kept them.
    [
      'air conditioning, aircon, air con, air-conditioned, ac, aircondition, air conditioner',
      'air conditioners, climate control, fan, fans, ceiling fan',
    ],
    ['heating, heater, heaters, radiator, radiators, central heating, underfloor heating'],
    ['pool, pools, swimming pool, swimming pools, indoor pool, outdoor pool, heated pool'],
    ['spa, sauna, saunas, jacuzzi, hot tub, steam room, wellness'],
    ['gym, gyms, fitness centre, fitness center, fitness room'],
    [
      'sea view, balcony, terrace, garden, outdoor seating',
      'outside seating, al fresco, alfresco, patio, rooftop, roof terrace, sit outside, eat outside, ocean view, mountain view, city view',
    ],
    ['smoking, smoke, smoker, non-smoking, no smoking, vape, vaping, cigarettes'],

    // People, conditions, rules
    [
      'children, child, kids, kid, baby, babies, toddler, toddlers, infant, infants, family, kiddos, little ones, little one',
      'families, son, daughter, teen, teens, teenager, teenagers, family-friendly',
      'kiddies, kiddo, little kids, youngster, youngsters, young children, tots, tot, under-fives, under fives, preschooler, preschoolers, schoolchildren, grandchildren, grandkids, grandson, granddaughter, newborn, nephew, niece, bub, bubs, sprog, sprogs, nipper, nippers, pushchair, play area, playground, kids club',
      'kid-friendly, child-friendly, cot, crib, high chair, highchair, stroller, pram, buggy',
    ],
    [
      'minimum age, age limit, age, ages, how old, years old, yo, age restriction, over 18',
      'adults only, under 18, under 16, under 12, minor, minors, too young',
    ],
    ['seniors, senior, elderly, pensioner, pensioners, retired, older people'],
    [
      'pets, pet, dog, dogs, puppy, cat, cats, animals, animal, pet-friendly, pet friendly, doggy, doggo, pup, pups, furry friend',
      'dog-friendly, dog friendly, bring my dog, bring the dog, guide dog, service dog',
      'labrador, beagle, poodle, terrier, spaniel, retriever, chihuahua, dachshund, sausage dog',
      'bulldog, husky, pug, schnauzer, collie, greyhound, whippet, corgi, jack russell, yorkie',
      'kitty, kitten, kittens, pooch, doggie, dogs allowed, pets allowed, pet fee, service animal, assistance dog, emotional support animal, four-legged friend, fur baby',
    ],
    [
      'insurance, insured, insure, travel insurance, health insurance, medical insurance',
      'coverage, damage waiver, collision damage waiver, cdw, excess, deductible, zero excess, full cover, full coverage, super cover, insurence, insurace',
      'covered by insurance, insurance cover, insurer, policy number',
    ],
    [
      'documents, document, id, identity card, passport, passports, paperwork, proof of id',
      "driving licence, driver's license, drivers license, identification, id card",
      'what do i need to bring, what to bring, bring with me, need to bring',
    ],
    ['visa, visas, entry requirements, visa requirements, consent form, permission letter'],
    [
      'rules, policy, policies, terms, terms and conditions, conditions, fine print',
      'small print, tcs, terms of service, terms of use, house policy',
      'house rules, regulations',
    ],
    ['dress code, what to wear, clothes, clothing, shoes, footwear, wear'],
    ['equipment, gear, kit, rental, rent, rentals, hire, for hire, rent a, lease, leasing'],
    // A car to hire is its own thing: a bike shop's rentals answer no car question.
    [
      'car hire, car rental, car rentals, rent a car, hire a car, rental car, rental cars, hire car',
    ],
    [
      'safety, safe, secure, security, dangerous, risk, risky, covid, hygiene, sterile',
      'safety measures, first aid, life jacket, life jackets, lifejacket, safety briefing, is it safe, dangerous for kids',
      'sterilisation, sterilization, disinfection',
    ],
    // A forecast is a prediction no knowledge holds; what happens in bad weather is a policy it does.
    ['forecast, forecasts, weather forecast'],
    [
      'weather, rain, raining, rainy, bad weather, storm, wind, windy, snow',
      'temperature, temperatures, climate, hot weather, cold weather, heatwave, sunny, sunshine, cancelled due to weather, weather permitting',
      'too hot, too cold, very hot, the heat, heat wave, scorching, boiling hot, freezing',
      'what if it rains',
    ],
    ['privacy, personal data, data protection, gdpr, confidential, confidentiality'],

    // Clinics
    [
      'pain, painful, hurt, hurts, hurting, does it hurt, will it hurt, sore, ache, aching',
      'toothache, discomfort, painless, pain-free, pain free, sensitive, sensitivity',
    ],
    [
      'anaesthesia, anesthesia, anaesthetic, anesthetic, local anaesthetic, numb, numbing',
      'injection, sedation, sedated, sedate, general anaesthesia, general anesthesia',
      'knock me out, knocked out, put me to sleep, put to sleep, asleep, laughing gas',
      'nitrous oxide, iv sedation, twilight sedation, sleep dentistry, put under, go under, gas and air, happy gas',
    ],
    ['scared, afraid, fear, anxious, anxiety, nervous, phobia, dental phobia, terrified'],
    [
      'dentures, denture, false teeth, false tooth, plate, partial denture, full denture, bridge, bridges',
      'removable',
    ],
    ['implant, implants, dental implant, dental implants, all-on-4, all on 4, all-on-6'],
    ['crown, crowns, cap, caps'],
    ['veneer, veneers, lumineers'],
    [
      'filling, fillings, cavity, cavities, hole in my tooth, hole in tooth, decay, caries',
      'rotten tooth, rotten teeth, rotten, black tooth, tooth decay, holes in my teeth',
    ],
    ['root canal, root canals, nerve, endodontic, endodontics'],
    [
      'extraction, extract, pull out, pulled, tooth removal, remove a tooth, wisdom tooth',
      'have a tooth out, take a tooth out, tooth out, teeth out, pulled out',
      'wisdom teeth',
    ],
    [
      'whitening, whiten, white, whiter, teeth whitening, bleaching, bleach, yellow teeth',
      'stains, stained, brighter smile',
    ],
    [
      'braces, brace, aligners, aligner, invisalign, clear aligners, straighten, straightening',
      'straight teeth, crooked, crooked teeth, orthodontist, orthodontics, retainer',
    ],
    [
      'teeth cleaning, cleaning teeth, scale and polish, scaling, hygiene appointment, tartar',
      'plaque, polishing, airflow',
    ],
    [
      'check-up, checkup, check up, examination, screening, checkups, check-ups, dental exam',
      'routine check, routine appointment, annual check, health check, physical exam',
    ],
    // An X-ray, an ultrasound, a CT and an MRI are machines a practice has or has not.
    ['x-ray, xray, x ray, x-rays, xrays, radiograph'],
    ['ultrasound, ultrasounds, ultrasound scan'],
    ['ct scan, ct, cat scan'],
    ['mri, mri scan, magnetic resonance'],
    ['blood test, lab, laboratory, analysis, test results, results, lab results'],
    ['prescription, prescriptions, medicine, medication, medications, drugs, pills'],
    // A pharmacy is a place to find, not a medicine the knowledge describes.
    ['pharmacy, pharmacies, chemist, chemists, drugstore'],
    [
      'side effects, recovery, healing, aftercare, after care, swelling, swollen, bleeding',
      'stitches, downtime, heal',
    ],
    ['referral, referral letter, refer, second opinion'],

    // Learning, beauty, fitness, offices
    [
      'lesson, lessons, class, classes, course, courses, session, sessions, workshop, workshops',
      'training, tuition, lecture, lectures, curriculum, syllabus, program, programme',
    ],
    [
      'level, levels, beginner, beginners, novice, newbie, intermediate, advanced',
      'no experience, first time, for beginners, never done',
    ],
    [
      'haircut, hair cut, trim, fringe, bangs, colouring, coloring, dye, highlights',
      'buzz cut, fade, skin fade, beard, beard trim, shave, hot towel shave, hair extensions, extensions, perm, keratin, brazilian blowout, updo, bridal hair, root touch up',
      'balayage, blow dry, blowdry, styling, hairstyle',
    ],
    [
      'manicure, mani, pedicure, pedi, nails, nail, gel nails, gel polish, shellac, acrylics',
      'acrylic nails, nail extensions',
      'nail art, biab, builder gel, dip powder, sns, french tips, french manicure, toes, toenails, mani pedi, mani-pedi, manipedi, infills, nail technician',
    ],
    [
      'massage, massages, deep tissue, swedish massage, sports massage, facial, facials',
      'back massage, neck massage, hot stone, thai massage, couples massage, relaxing massage, back rub, reflexology, aromatherapy, lymphatic drainage, masage, massag',
    ],
    [
      'workout, workouts, personal trainer, personal training, gym membership, fitness class',
      'free weights, cardio, treadmill, gym floor, open gym, pt session, pt sessions',
      'fitness classes',
    ],
    [
      'online, online lessons, remote, zoom, video call, virtual, in person, in-person',
      'face to face, face-to-face',
    ],
    ['exam preparation, exam prep, test prep, exam, exams, certification'],
    ['homework, tutor, tutoring, private lessons, private tutor'],
    [
      'legal advice, lawyer, lawyers, attorney, solicitor, legal, contract, contracts, court',
      'law firm, legal help, legal services, barrister, paralegal',
      'notary, power of attorney',
    ],
    [
      'tax return, tax returns, bookkeeping, accounting, accountant, payroll, audit',
      'annual accounts, self assessment, self-assessment, taxes',
    ],
    // Rentals, vehicles and what goes wrong with them
    [
      'theft, thefts, thief, thieves, stolen, steal, stole, nicked, robbed, robbery, burgled',
      'burglary, break-in, pickpocket, pickpockets, pickpocketing, anti-theft, theft protection',
      'got stolen, gets stolen, was stolen',
    ],
    ['lock, locks, padlock, padlocks, bike lock, d-lock, chain lock, lock it up, lock up'],
    [
      'damage, damages, damaged, scratch, scratches, scratched, dent, dents, dented, accident',
      'cracked, crack, cracks, smashed, shattered, gets broken, got broken, breakage, breakages',
      'accidents, crash, crashed, collision, water damage, i damaged, we damaged',
    ],
    [
      'breakdown, breakdowns, break down, broke down, broken down, puncture, punctures',
      'punctured, flat tyre, flat tire, flat tyres, flat tires, roadside assistance, tow, towing',
      'tow truck, breakdown cover',
    ],
    [
      'fuel, petrol, diesel, gas station, petrol station, fuel policy, full to full, full tank',
      'refuel, refuelling, refueling, fill up, tank, gas tank',
    ],
    [
      'charger, chargers, charging point, charging points, charging station, ev charger',
      'ev charging, battery, batteries, battery life, phone charger, plug, plugs, socket, sockets',
      'adapter, adaptor, adapters, adaptors, power outlet, power socket, voltage',
    ],
    [
      'e-bike, e-bikes, ebike, ebikes, electric bike, electric bikes, electric bicycle',
      'electric bicycles, pedelec, pedal assist, power assisted',
    ],
    ['scooter, scooters, moped, mopeds, vespa, e-scooter, electric scooter, kick scooter'],
    ['motorbike, motorbikes, motorcycle, motorcycles, motor bike, superbike'],
    [
      'automatic, automatic transmission, automatic car, manual transmission, stick shift',
      'gearbox, manual car',
    ],
    ['helmet, helmets, bike helmet, crash helmet, helmets included'],
    [
      'driver, drivers, additional driver, second driver, extra driver, young driver',
      'young drivers, named driver, who can drive',
    ],
    [
      'mileage, unlimited mileage, mileage limit, kilometre limit, kilometer limit',
      'unlimited kilometres, unlimited kilometers, unlimited km, km limit, miles included',
    ],
    [
      'distance, distances, how far, how far is, km, kms, kilometres, kilometers, kilometre',
      'kilometer, miles, mile, walking time, minutes away, mins away',
    ],
    [
      'traffic fine, traffic fines, speeding fine, speeding ticket, parking fine, parking ticket',
      'speed camera, penalty notice, pcn',
    ],
    ['toll, tolls, toll road, toll roads, motorway toll, vignette, congestion charge'],
    [
      'extend, extend my booking, extend my rental, extend my stay, extra day, extra days',
      'extra night, extra nights, extra hour, stay longer, keep it longer, late return',
    ],
    [
      'one way, one-way, drop off elsewhere, return elsewhere, different location',
      'return to another, another branch',
    ],

    // Shops
    [
      'measurements, dimensions, measure, how big, how large, how tall, how wide',
      'length, width, height, depth',
    ],
    ['weight, weigh, weighs, how heavy, kilos, kg, weight limit, max weight, maximum weight'],
    [
      'fabric, fabrics, made of, made from, what is it made of, cotton',
      'leather, wool, linen fabric',
    ],
    [
      'second hand, second-hand, secondhand, pre-owned, preowned, refurbished, refurb',
      'reconditioned, ex-demo, ex demo, ex-rental, ex rental, like new, used bikes, used cars',
    ],
    ['trade in, trade-in, part exchange, part-exchange, buy back, buyback, sell my'],
    [
      'pre-order, preorder, pre order, preorders, backorder, back order, back-order',
      'reserve an item, hold an item, put aside, set aside, notify me',
    ],
    [
      'authentic, authenticity, genuine, fake, fakes, counterfeit, replica, replicas',
      'certificate of authenticity, real or fake',
    ],
    [
      'price match, price matching, cheaper elsewhere, cheaper somewhere else, beat the price',
      'match the price, lower price elsewhere',
    ],
    [
      'my account, log in, login, log-in, sign in, signin, password, forgot password',
      'forgot my password, reset password, reset my password, create an account, guest checkout',
      'username, delete my account',
    ],
    [
      'newsletter, newsletters, mailing list, email list, unsubscribe',
      'stop emails, marketing emails, opt out',
    ],
    [
      'gift wrap, gift wrapping, gift-wrapped, gift wrapped, wrapping, wrapped, gift box',
      'gift message, gift note, gift receipt',
    ],
    [
      'customs, customs fees, customs duties, customs charges, import duty, import duties',
      'import tax, import taxes, duties and taxes, brexit',
    ],
    [
      "never arrived, not arrived, hasn't arrived, hasnt arrived, didn't arrive, didnt arrive",
      "not received, haven't received, havent received, never received",
      'missing item, missing items, wrong item, undelivered',
      'item missing',
    ],
    [
      'overcharged, charged twice, double charged, double charge, charged too much',
      'wrong amount, billed twice, unexpected charge',
    ],
    [
      'website, web site, webpage, web page, homepage, app, the app, mobile app, online shop',
      'web shop, webshop, online store, site not working, website down',
    ],
    ['instagram, insta, ig, facebook, fb, tiktok, social media, youtube, twitter, linkedin'],
    [
      'no reply, no response, no answer, nobody answers, nobody answered, no one answers',
      "no one answered, not answering, haven't heard back, havent heard back, never heard back",
      "didn't hear back, didnt hear back, response time, reply time, get back to me",
    ],
    [
      'about us, about you, who are you, who we are, our story, founder, founders, founded',
      'family business, family-run, family run, how long have you been, history, company history',
      'been around, in business, how long in business, years in business, since when, established',
      'when were you founded, when did you open, when did you start, how old is the company',
    ],
    [
      'supermarket, supermarkets, grocery, groceries, grocery store, convenience store',
      'corner shop, shops nearby, shop nearby, local shops',
    ],
    ['atm, atms, cash machine, cashpoint, cash point, withdraw cash, get cash, cash withdrawal'],

    // Stays, venues and food
    [
      'kitchenette, kitchen, cooking facilities, fridge, refrigerator, microwave, kettle',
      'stove, hob, oven, self-catering, self catering, coffee machine, nespresso, dishwasher',
    ],
    [
      'amenities, toiletries, shampoo, soap, bathrobe, bathrobes, slippers, hair dryer, hairdryer',
      'hairdrier, iron and board, ironing board',
    ],
    ['tv, television, smart tv, netflix, satellite tv, cable tv, tv channels'],
    [
      'safe box, safety box, in-room safe, room safe, safety deposit box, deposit box',
      'valuables, keep valuables',
    ],
    ['noise, noisy, quiet, loud, soundproof, soundproofed, earplugs, peaceful, quiet hours'],
    [
      'extra bed, extra beds, sofa bed, sofa-bed, sofabed, rollaway, rollaway bed, additional bed',
      'third bed, folding bed, camp bed',
    ],
    [
      'minimum stay, min stay, minimum nights, minimum night, minimum number of nights',
      'one night only, single night',
    ],
    [
      'alcohol, alcoholic, wine, wines, beer, beers, cocktail, cocktails, booze, byo, byob',
      'corkage, spirits, bring our own wine, bring my own wine, drinks licence',
    ],
    [
      'last orders, last order, kitchen closes, last entry, last admission, latest entry',
      'last seating, last booking, last appointment, latest booking',
    ],
    [
      'venue, venues, venue hire, room hire, function room, event space, hire the venue',
      'rent the venue, hall hire, private hire, exclusive use',
    ],
    [
      'capacity, how many people, how many guests, how many persons, maximum number, max number',
      'max people, maximum people, group size, class size, how many students, max participants',
      'maximum participants, participants, number of people, how many of us, people per group',
    ],
    ['catering, caterer, caterers, catered, canapes, finger food, food platters, buffet menu'],
    ['music, live music, dj, live band, band, sound system, speakers, microphone, karaoke'],
    ['decorations, decoration, decor, decorate, balloons, table decorations'],
    [
      'photo, photos, pictures, picture, pics, pic, photograph, photographs, photographer',
      'photographers, photography, photoshoot, photo shoot, take photos, take pictures, videographer',
    ],
    [
      'beach, beaches, seaside, seafront, beachfront, by the sea, near the beach, coast',
      'coastal, shore',
    ],
    [
      'city centre, city center, town centre, town center, downtown, old town, historic centre',
      'historic center, centre of town, center of town',
    ],
    [
      'itinerary, itineraries, tour plan, plan for the day, what do we see, what will we see',
      'what will we visit, sights, sightseeing, highlights, programme of the day',
    ],
    [
      'home visit, home visits, house call, house calls, at home, at my home, come to my house',
      'come to my home, come to me, mobile service, on-site, on site, onsite, call-out, callout',
      'call out, call-out fee, callout fee',
    ],

    // Beauty, fitness, health
    [
      'waxing, wax, hair removal, laser hair removal, epilation, brazilian, bikini wax, leg wax',
      'threading, ipl',
    ],
    [
      'eyebrows, eyebrow, brows, brow, lashes, lash, eyelashes, eyelash, lash extensions',
      'lash lift, brow lamination, brow tint, lash tint, tinting, microblading',
    ],
    ['makeup, make up, make-up, bridal makeup, makeup artist, mua'],
    [
      'day pass, drop in, drop-in, guest pass, single visit, single class, one-off session',
      'pay as you go, pay per class, class pass, casual visit',
    ],
    [
      'minimum term, minimum contract, no contract, contract length, tie-in, lock-in',
      'commitment, no commitment, freeze membership, pause membership, freeze my membership',
      'pause my membership, cancel anytime',
    ],
    ['yoga, hot yoga, vinyasa, hatha, ashtanga, bikram, yin yoga'],
    ['pilates, reformer, reformer pilates, mat pilates'],
    ['spin, spinning, spin class, indoor cycling'],
    [
      'start date, start dates, starting date, when does it start, when does the course start',
      'next course, next intake, intake, intakes, term dates, semester, semesters, academic year',
    ],
    ['student, students, pupil, pupils, learner, learners'],
    [
      'driving lessons, driving lesson, driving school, driving instructor, driving test',
      'theory test, practical test, learner driver',
    ],
    [
      'gum disease, gums, gum, bleeding gums, gingivitis, periodontitis, periodontal',
      'periodontics, periodontist, receding gums, gum recession',
    ],
    [
      'chipped tooth, broken tooth, cracked tooth, chipped, cracked, fractured tooth',
      'knocked out tooth',
    ],
    ['infection, infected, abscess, abscesses, pus, gum boil, inflammation, inflamed'],
    ['grinding, teeth grinding, bruxism, clenching, night guard, mouth guard, mouthguard, splint'],
    [
      'paediatric, pediatric, paediatrics, pediatrics, paediatrician, pediatrician',
      'family dentist',
    ],
    [
      'physio, physiotherapy, physiotherapist, physiotherapists, physical therapy',
      'physical therapist, sports injury, rehab, rehabilitation',
    ],
    ['chiropractor, chiropractors, chiro, chiropractic'],
    ['osteopath, osteopaths, osteopathy, osteo'],
    [
      'botox, anti-wrinkle, anti wrinkle, wrinkle injections, wrinkle treatment, wrinkles',
      'baby botox',
    ],
    ['dermal filler, dermal fillers, lip filler, lip fillers, lip injections, fillers, filler'],
    ['hair transplant, hair loss, balding, bald, fue, alopecia, thinning hair, hair restoration'],
    [
      'eye test, eye exam, eye examination, sight test, optician, opticians, optometrist',
      'glasses, spectacles, eyeglasses, contact lenses, contact lens',
    ],
    [
      'vaccine, vaccines, vaccination, vaccinations, jab, jabs, flu jab, flu shot, covid jab',
      'booster jab, booster shot, immunisation, immunization, travel vaccines',
    ],
    [
      'pregnant, pregnancy, expecting a baby, maternity, prenatal, antenatal, postnatal',
      'breastfeeding',
    ],
    ["sick note, medical certificate, fit note, doctor's note, doctors note"],
    ['vet, vets, veterinary, veterinarian, veterinarians, vet clinic, animal hospital'],
    ['neuter, neutering, neutered, spay, spaying, spayed, castration, castrate, snip'],
    [
      'grooming, groomer, groomers, dog grooming, pet grooming, dog wash, nail clipping',
      'de-shedding, deshedding',
    ],

    // Property, law, money matters
    [
      'estate agent, estate agents, real estate, realtor, realtors, letting agent',
      'letting agents, letting agency, property agent, property for sale, houses for sale',
    ],
    ['viewing, viewings, property viewing, book a viewing, arrange a viewing, open house'],
    [
      'tenancy, tenancy agreement, rental agreement, lease agreement, tenant, tenants, landlord',
      'landlords, letting',
    ],
    ['mortgage, mortgages, home loan, mortgage advice, mortgage broker, remortgage'],
    [
      'valuation, valuations, appraisal, appraise, property valuation, free valuation',
      'what is my home worth, how much is my house worth, what is my house worth',
    ],
    [
      'utilities, utility bills, bills included, electricity, electric bill, water bill',
      'gas bill, council tax, energy bills',
    ],
    ['furnished, unfurnished, part furnished, part-furnished'],
    ['divorce, separation, custody, child support, alimony, family law'],
    ['probate, inheritance, estate planning, last will, testament, wills and probate'],
    [
      'immigration, residency, residence permit, work permit, nie, golden visa, citizenship',
      'nationality, naturalisation, naturalization',
    ],
    ['employment law, unfair dismissal, dismissal, sacked, redundancy, wrongful termination'],
    ['self-employed, self employed, freelancer, freelancers, freelance, sole trader, autonomo'],
    [
      'company formation, incorporation, incorporate, register a company, set up a company',
      'start a company, start a business, limited company, llc, ltd',
    ],
  ],
});
