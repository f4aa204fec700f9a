import { lexicon } from './types.js';

/** English: how website visitors actually write, from "hi there" to "how much is it". */
export const en = lexicon({
  noise: [
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
    'instead, along, rather, anyone, possible, is it possible',
    'wife, husband, sister, brother, father, mother, mum, mom, dad, boyfriend, girlfriend',
  ],
  concepts: [
    // Money
    [
      "price, prices, pricing, cost, costs, how much, how much is, how much does, how much do, how much for, what do you charge, what does it cost, price range, what's the damage",
      'fee, fees, rate, rates, tariff, charge, charges, price list, pricelist, prize list',
      'pricey, expensive, cheap, cheaper, cheapest, affordable, quote, estimate, ballpark',
    ],
    [
      'discount, discounts, promo, promotion, promotions, promo code, coupon, coupon code',
      'voucher code, deal, deals, special offer, special offers, sale, reduced price',
      'percent off, student discount, senior discount, concession, concessions',
    ],
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
    ['paypal, apple pay, google pay, revolut, venmo, online payment, pay online'],
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
    ],
    [
      'invoice, invoices, receipt, receipts, bill, billing, vat invoice, tax invoice',
      'proof of payment, company details, vat number',
    ],
    ['tip, tipping, gratuity, service charge'],
    ['currency, currencies, dollars, euros, pounds, usd, eur, gbp, exchange rate'],
    [
      'free, for free, free of charge, no charge, complimentary, included, inclusive',
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
    ],
    ['weekend, weekends, saturday, sunday, saturdays, sundays'],
    [
      'holiday, holidays, public holiday, public holidays, bank holiday, bank holidays',
      "christmas, xmas, new year, new year's eve, easter, festive season",
    ],
    [
      'availability, available, free slot, free slots, slot, slots, spaces, spots',
      'places left, fully booked, sold out, any room, any rooms, room available, vacancies for',
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
      'online booking, book online, how to book, get a table, table for, booked',
    ],
    [
      'sign up, signup, register, registration, enrol, enroll, enrolment, enrollment',
      'join, joining, application form',
    ],
    [
      'cancel, cancels, cancelled, canceled, cancelling, canceling, cancellation, cancellations',
      'call off, cancellation policy, cancel my booking, cancel my order, cancel my appointment',
    ],
    ['no-show, no show, miss my appointment, missed appointment, did not come'],
    [
      'reschedule, rescheduling, move my booking, change my booking, change the date',
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
    ['private, private tour, private room, private event, exclusive, individual, one to one'],
    [
      'event, events, party, parties, birthday, birthday party, wedding, weddings, celebration',
      'anniversary, hen party, stag party, bachelorette, bachelor party, banquet',
    ],
    [
      'gift card, gift cards, gift voucher, gift vouchers, voucher, vouchers, gift certificate',
      'gift certificates, giftcard, as a gift, e-gift card, egift',
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
      'transfer, transfers, airport transfer, airport, pick up, pickup, pick-up, pick me up',
      'collect me, shuttle, shuttle bus, drop off, drop-off, dropoff, from the airport',
      'to the airport, meet at the airport, chauffeur',
    ],
    [
      'meeting point, meeting place, where do we meet, start point, starting point',
      'departure point, departure, depart, departs, leaves from, pickup point',
    ],
    [
      'accessibility, accessible, wheelchair, wheelchairs, wheelchair access, disabled',
      'disability, disabilities, handicapped, step-free, step free, ramp, lift, elevator',
      'reduced mobility, stairs, steps, ground floor',
    ],
    ['toilet, toilets, restroom, restrooms, bathroom, wc, loo, washroom'],
    ['changing room, changing rooms, locker, lockers, shower, showers'],

    // Contact and people
    [
      'contact, contacts, contact details, contact us, get in touch, reach you',
      'phone, phone number, telephone, tel, call, call you, give you a call',
      'mobile, cell, whatsapp, whats app, viber, telegram, sms',
    ],
    ['email, e-mail, mail, email address, e-mail address, write to you'],
    [
      'speak to someone, talk to someone, speak to a person, human, real person, operator',
      'manager, agent, representative, live agent, customer service, customer support',
      'live chat, real human',
    ],
    [
      'staff, team, employee, employees, doctor, doctors, dentist, dentists, guide, guides',
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
    ],
    [
      'complaint, complaints, complain, unhappy, not happy, dissatisfied, bad experience',
      'went wrong, not satisfied, escalate, disappointed, rude',
    ],
    ['review, reviews, rating, ratings, testimonials, recommendations, stars, feedback'],
    [
      'job, jobs, vacancy, vacancies, career, careers, hiring, are you hiring, work for you',
      'employment, position, positions, job opening, cv, resume, internship, recruitment',
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
    ],
    [
      'track, tracking, tracking number, track my order, where is my order, parcel, parcels',
      'order status, status of my order',
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
    ],
    [
      'warranty, warranties, guarantee, guaranteed, guarantees, guaranty, under warranty',
      'broken, faulty, defect, defective, stopped working',
    ],
    [
      'in stock, stock, out of stock, restock, back in stock, sizes, size, size chart, sizing',
      'fit, colour, colours, color, colors, models, variant, variants',
    ],
    [
      'repair, repairs, fix, fixing, fixed, mend, servicing, broken screen, replace',
      'replacement, spare parts, diagnostic, diagnostics, inspection',
    ],
    ['installation, install, installing, set up, setup, assembly, assemble, fitting'],

    // Stays and food
    [
      'check in, check-in, checkin, check out, check-out, checkout time, arrival time',
      'late check-out, late checkout, late check out, early check-in, early check in',
      'keys, reception, front desk',
    ],
    [
      'room, rooms, double room, single room, twin room, suite, bed, beds, apartment',
      'apartments, accommodation, accomodation, stay, lodging, hostel, dorm, cabin',
    ],
    ['wifi, wi-fi, wi fi, wireless, internet, internet connection, wifi password, wifi code'],
    [
      'breakfast, breakfast included, bed and breakfast, half board, full board, brunch',
      'breakfasts, brekkie',
    ],
    [
      'food, meal, meals, lunch, dinner, supper, menu, menus, eat, eating, restaurant',
      'snacks, drinks, drink, beverages, coffee, tea, alcohol, bar, cafe, kitchen',
    ],
    [
      'vegetarian, vegan, veggie, plant-based, plant based, gluten, gluten-free, gluten free',
      'coeliac, celiac, allergy, allergies, allergic, allergen, allergens, nut allergy',
      'lactose, lactose-free, dairy-free, halal, kosher, dietary, dietary requirements, diet',
    ],
    [
      'luggage, baggage, bags, bag, suitcase, suitcases, luggage storage, left luggage',
      'store my luggage, leave my bags, leave luggage, carry-on, hand luggage, backpack',
    ],
    ['cleaning, housekeeping, towels, towel, linen, bedding, sheets, laundry, clean', 'cleaned'],
    ['air conditioning, aircon, air con, air-conditioned, heating, heater'],
    ['pool, swimming pool, sauna, spa, jacuzzi, hot tub, gym, fitness centre, fitness center'],
    ['sea view, balcony, terrace, garden, outdoor seating'],
    ['smoking, smoke, smoker, non-smoking, no smoking, vape, vaping, cigarettes'],

    // People, conditions, rules
    [
      'children, child, kids, kid, baby, babies, toddler, toddlers, infant, infants, family, kiddos, little ones, little one',
      'families, son, daughter, teen, teens, teenager, teenagers, family-friendly',
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
    ],
    [
      'insurance, insured, insure, travel insurance, health insurance, medical insurance',
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
      'house rules, regulations',
    ],
    ['dress code, what to wear, clothes, clothing, shoes, footwear, wear'],
    ['equipment, gear, kit, rental, rent, rentals, hire, for hire, rent a, lease, leasing'],
    [
      'safety, safe, secure, security, dangerous, risk, risky, covid, hygiene, sterile',
      'sterilisation, sterilization, disinfection',
    ],
    [
      'weather, rain, raining, rainy, bad weather, storm, wind, windy, snow, forecast',
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
      'dentures, denture, false teeth, plate, partial denture, full denture, bridge, bridges',
      'removable',
    ],
    ['implant, implants, dental implant, dental implants, all-on-4, all on 4, all-on-6'],
    ['crown, crowns, cap, caps, veneer, veneers, lumineers'],
    ['filling, fillings, cavity, cavities, hole in my tooth, hole in tooth, decay, caries'],
    ['root canal, root canals, nerve, endodontic, endodontics'],
    [
      'extraction, extract, pull out, pulled, tooth removal, remove a tooth, wisdom tooth',
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
      'check-up, checkup, check up, examination, screening, x-ray, xray, x ray, scan',
      'ultrasound, mri',
    ],
    ['blood test, lab, laboratory, analysis, test results, results, lab results'],
    ['prescription, prescriptions, medicine, medication, medications, drugs, pills, pharmacy'],
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
      'balayage, blow dry, blowdry, styling, hairstyle',
    ],
    [
      'manicure, mani, pedicure, pedi, nails, nail, gel nails, gel polish, shellac, acrylics',
      'acrylic nails, nail extensions',
    ],
    ['massage, massages, deep tissue, swedish massage, sports massage, facial, facials'],
    [
      'workout, workouts, personal trainer, personal training, gym membership, fitness class',
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
      'notary, power of attorney',
    ],
    [
      'tax return, tax returns, bookkeeping, accounting, accountant, payroll, audit',
      'annual accounts, self assessment, self-assessment, taxes',
    ],
  ],
});
